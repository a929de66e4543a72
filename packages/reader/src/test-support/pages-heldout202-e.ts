import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';
import { rokuArticle } from './pages-heldout202-e2.js';

/**
 * Held-out batch 202, file e: an Amazon Help page for Kindle (the nav-belt header with the delivery location, search,
 * "Hello, sign in" and cart, the nav-main strip, the "Help & Customer Service" breadcrumb, the help-topics sidebar tree, the
 * help-content with its h1, steps and a "Note:" line, the "Was this information helpful?" feedback box, the "Contact Us"
 * panel, "Back to top" and the multi-column Amazon footer).
 */
const kdTitle = 'Fix Kindle Books That Won’t Download';
const kdArt = `<p>If a Kindle book you bought doesn’t appear on your device, or it stops downloading part of the way through, try these steps in
order.</p>
<h2>Check Your Connection and Sync Your Device</h2>
<ol><li>Make sure your Kindle is connected to Wi-Fi. Swipe down from the top of the screen and check that Airplane Mode is off.</li>
<li>Select <strong>Sync</strong> from the quick actions menu. Syncing can take a few minutes if you have many books.</li>
<li>Go to <strong>Library</strong> and select <strong>All</strong> to show books in the cloud, not just books already on your device.</li></ol>
<h2>Check the Device Your Book Was Delivered To</h2>
<p>When you buy a book, it’s delivered to the device you selected at checkout. To send it to a different device, go to
<strong>Manage Your Content and Devices</strong>, find the book, select <strong>More actions</strong>, then <strong>Deliver or Remove from
Device</strong>. Choose your Kindle and select <strong>Make Changes</strong>.</p>
<p><strong>Note:</strong> Some publishers limit the number of devices a book can be downloaded to at the same time. If you reach the limit, remove
the book from a device you no longer use.</p>
<h2>Free Up Storage Space</h2>
<p>Large books, comics and audiobooks may not download if your Kindle is almost full. Go to <strong>Settings</strong>, then <strong>Device
Options</strong>, then <strong>Storage Management</strong> to see how much space is left. You can remove downloaded books you have finished;
they stay in your library in the cloud and you can download them again at any time.</p>
<h2>Restart Your Kindle</h2>
<p>Press and hold the power button for 40 seconds, or until your device restarts. Release the button when the Kindle logo appears. After the
restart, connect to Wi-Fi and try the download again.</p>
<p>If the book still won’t download, delete it from your device, restart again and download it from the cloud. Your notes, highlights and the
last page you read are saved in your account and will come back once the book is downloaded.</p>`;
const kdNav = ['All', 'Today’s Deals', 'Customer Service', 'Registry', 'Gift Cards', 'Sell', 'Kindle Books', 'Prime Video'];
const kdTopics = [
  'Kindle E-Reader Help',
  'Set Up Your Kindle',
  'Buy and Download Books',
  'Troubleshoot Your Kindle',
  'Kindle Unlimited',
  'Manage Your Kindle Content',
  'Kindle Accessibility',
];
const kdFootCols = ['Get to Know Us', 'Make Money with Us', 'Amazon Payment Products', 'Let Us Help You'];
const kdFoot = [
  'Careers',
  'Amazon Newsletter',
  'About Amazon',
  'Sell products on Amazon',
  'Become an Affiliate',
  'Amazon Visa',
  'Amazon Store Card',
  'Your Account',
  'Your Orders',
  'Shipping Rates & Policies',
  'Returns & Replacements',
  'Help',
];
const kdLegal = ['Conditions of Use', 'Privacy Notice', 'Consumer Health Data Privacy Disclosure', 'Your Ads Privacy Choices'];
const kdHtml = `<!DOCTYPE html>
<html lang="en-us" class="a-no-js" data-19ax5a9jf="dingo"><head><meta charset="utf-8"><title>Amazon.com Help: ${kdTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Try these steps if a Kindle book won’t download.">
<link rel="canonical" href="https://www.amazon.com/gp/help/customer/display.html?nodeId=GF7X2B3K8QH4M9R2">
<script>(function(){var ue_t0=+new Date(); window.ue_id='QH4M9R2X';})();</script>
<link rel="stylesheet" href="https://m.media-amazon.example/images/I/01help._RC_.css"></head>
<body class="a-m-us a-aui_72554-c help-page"><div id="a-page">
<header id="navbar-main" class="nav-opt-sprite nav-flex"><div id="nav-belt"><div class="nav-left"><a id="nav-logo-sprites" class="nav-logo-link"
href="/ref=nav_logo" aria-label="Amazon"><span class="nav-sprite nav-logo-base"></span></a><div id="nav-global-location-slot">
<span class="nav-line-1">Deliver to</span><span class="nav-line-2">Hollis 80231</span></div></div>
<div class="nav-fill"><form id="nav-search-bar-form" role="search"><select aria-label="Search in"><option>All</option></select>
<input type="text" id="twotabsearchtextbox" placeholder="Search Amazon" aria-label="Search Amazon"></form></div>
<div class="nav-right"><a id="icp-nav-flyout" href="#"><span class="nav-line-2">EN</span></a><a id="nav-link-accountList" href="/ap/signin">
<span class="nav-line-1">Hello, sign in</span><span class="nav-line-2">Account &amp; Lists</span></a>
<a id="nav-orders" href="/gp/css/order-history"><span class="nav-line-1">Returns</span><span class="nav-line-2">&amp; Orders</span></a>
<a id="nav-cart" href="/gp/cart/view.html"><span id="nav-cart-count">0</span><span class="nav-line-2">Cart</span></a></div></div>
<div id="nav-main"><ul class="nav-ul">${links(kdNav, 'nav-a')}</ul></div></header>
<div class="a-container help-container"><div class="a-row"><ul class="a-unordered-list a-horizontal help-breadcrumb">
<li><a href="/gp/help/customer/display.html">Help &amp; Customer Service</a></li><li>›</li><li><a href="/kindle-help">Kindle E-Reader Help</a></li>
<li>›</li><li><span>Buy and Download Books</span></li></ul></div>
<div class="a-fixed-left-grid"><div class="a-fixed-left-grid-inner"><div class="a-fixed-left-grid-col help-sidebar a-col-left">
<h3 class="a-text-bold">All Help Topics</h3><ul class="help-topics">${links(kdTopics, 'help-topic')}</ul></div>
<div class="a-fixed-left-grid-col help-content a-col-right"><div class="cs-help-content"><h1 class="a-spacing-small">${kdTitle}</h1>
<div class="help-content">${kdArt}</div></div>
<div class="a-box feedback-box"><div class="a-box-inner"><p class="a-text-bold">Was this information helpful?</p>
<span class="a-button"><input type="submit" value="Yes"><span class="a-button-text">Yes</span></span>
<span class="a-button"><input type="submit" value="No"><span class="a-button-text">No</span></span>
<p class="a-hidden feedback-thanks">Thank you for your feedback.</p>
<p class="a-hidden feedback-more">Please select what best describes the information:</p></div></div>
<div class="a-box contact-us-box"><div class="a-box-inner"><h2>Need More Help?</h2><p>Contact our customer service team for further assistance.</p>
<a class="a-button a-button-primary" href="/gp/help/customer/contact-us"><span class="a-button-text">Contact Us</span></a></div></div>
</div></div></div></div>
<div id="navFooter" class="navLeftFooter nav-sprite-v1"><a href="#" id="navBackToTop"><div class="navFooterBackToTop">
<span class="navFooterBackToTopText">Back to top</span></div></a>
<div class="navFooterVerticalColumn">${kdFootCols.map((c) => `<div class="navFooterColHead">${c}</div>`).join('')}
<ul>${links(kdFoot, 'nav_a')}</ul></div><div class="navFooterLine navFooterLinkLine navFooterDescLine"><ul>${links(kdLegal, 'nav_first')}</ul>
<span>© 1996-2025, Amazon.com, Inc. or its affiliates</span></div></div></div>
<script src="https://m.media-amazon.example/images/I/61help._RC_.js" async></script></body></html>`;
const kindleHelp: TestPage = {
  html: kdHtml,
  name: 'heldout202-amazon-kindle-help-page',
  kind: 'docs',
  // the "Note:" line inside the text is body; the help-topics tree and breadcrumb are furniture; "Help" and "All" are left
  // out as short words of other texts
  title: kdTitle,
  headings: blocks(kdArt, 'h2'),
  body: blocks(kdArt),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deliver to', 'Hollis 80231', 'EN', 'Hello, sign in', 'Account & Lists', 'Returns', '& Orders', 'Cart', ...kdNav.slice(1),
    'Help & Customer Service', 'Kindle E-Reader Help', 'Buy and Download Books', 'All Help Topics', ...kdTopics.slice(1),
    'Was this information helpful?', 'Yes', 'No', 'Thank you for your feedback.', 'Please select what best describes the information:',
    'Need More Help?', 'Contact our customer service team for further assistance.', 'Contact Us', 'Back to top', ...kdFootCols,
    ...kdFoot.slice(0, -1), ...kdLegal, '© 1996-2025, Amazon.com, Inc. or its affiliates',
  ],
};

export const HELDOUT202_E: readonly TestPage[] = [kindleHelp, rokuArticle];
