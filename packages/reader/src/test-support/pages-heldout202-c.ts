import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';
import { boschFaq } from './pages-heldout202-c2.js';

/**
 * Held-out batch 202, file c: a Canon USA printer support FAQ as the Salesforce Experience Cloud knowledge site renders it
 * (the Canon header and mega-nav, the support search bar, the article header with "Article ID", "Date published" and
 * "Date last updated", the knowledge record's field labels "Description" and "Resolution", the "Applicable Models" field,
 * the "Was this article helpful?" widget, "Related Articles", the chat launcher and the footer with the newsletter box) and,
 * from file c2, a Bosch home appliance FAQ page.
 */
const cnTitle = 'Printed colors are faded or missing after replacing an ink tank';
const cnDesc = `<p>After a new ink tank is installed, printouts may come out with faint or missing colors, streaks, or a color cast. This can
happen when air gets into the print head or when the protective tape on the new tank is not fully removed.</p>`;
const cnRes = `<p>Follow the steps below in order, and print a test page after each step to see whether the problem is solved.</p>
<h3>Step 1: Check the ink tank</h3>
<ul><li>Open the scanning unit / cover and make sure each ink tank is pushed down firmly until it clicks into place.</li>
<li>Check that the orange protective tape and the film on the bottom of the new tank have been removed completely.</li>
<li>Make sure the ink lamp on each tank lights up red. If a lamp flashes, the tank is in the wrong slot.</li></ul>
<h3>Step 2: Print the nozzle check pattern</h3>
<p>Load a sheet of plain Letter paper. On the printer’s operation panel, select <strong>Setup</strong> &gt; <strong>Maintenance</strong> &gt;
<strong>Print nozzle check pattern</strong>, then select <strong>Yes</strong>. Compare the printed pattern with the example on the screen. If lines
are missing or the colored blocks have white stripes, the print head nozzles need cleaning.</p>
<h3>Step 3: Clean the print head</h3>
<p>Select <strong>Cleaning</strong> from the Maintenance menu and follow the instructions on the screen. Cleaning takes about two minutes.
Print the nozzle check pattern again. If the result has not improved, repeat the cleaning once more.</p>
<p>If the pattern is still incomplete after two cleanings, select <strong>Deep cleaning</strong>. Deep cleaning uses more ink, so only run it
once, then turn the printer off and leave it for at least 24 hours before printing again. This gives the ink time to settle in the print
head.</p>
<h3>Step 4: Check the paper and print settings</h3>
<p>Faded colors can also be caused by the paper type setting. Make sure the paper type selected in the printer driver or the app matches the
paper loaded in the printer. When printing photos on glossy paper, choose the matching photo paper type rather than plain paper.</p>
<p>If none of these steps solve the problem, the print head may need to be serviced. Please contact Canon support using the options below
and have the serial number of your printer ready.</p>`;
const cnArt = cnDesc + cnRes;
const cnNav = ['Cameras', 'Lenses', 'Printers', 'Ink, Toner & Paper', 'Scanners', 'Support', 'Shop', 'Explore'];
const cnModels = ['PIXMA TS6420a', 'PIXMA TS7720z', 'PIXMA G620'];
const cnRelated = [
  'Cleaning the print head from a computer',
  'The ink lamp is flashing after installing a new ink tank',
  'Horizontal lines appear on printouts',
  'Print head alignment',
];
const cnFoot = [
  'About Canon',
  'Newsroom',
  'Careers',
  'Canon Store',
  'Product Registration',
  'Recycling',
  'Contact Us',
  'Site Map',
  'Privacy Statement',
  'Terms of Use',
  'Your Privacy Choices',
];
const cnNews = ['Stay in the know', 'Sign up for exclusive offers, product news and creative tips from Canon.', 'Email Address', 'Sign Up'];
const cnHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${cnTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${cnTitle}">
<meta property="og:title" content="${cnTitle}"><meta property="og:site_name" content="Canon U.S.A., Inc.">
<link rel="canonical" href="https://usa.canon.com/support/s/article/ART184520">
<script>window.SFDCSessionVars = {"server":"https://usa.canon.com/support/s","lang":"en_US"};</script>
<script src="/support/s/sfsites/auraFW/javascript/ZTcyMzQ/aura_prod.js"></script>
<link rel="stylesheet" href="/support/s/sfsites/c/resource/CanonTheme/css/main.css"></head>
<body class="comm-page-article"><div class="cCanonThemeLayout">
<header class="cCanonHeader"><div class="canon-promo-bar"><p>Free standard shipping on orders over $50. <a href="/shop/shipping">Details</a></p></div>
<div class="canon-header__main"><a class="canon-logo" href="https://usa.canon.com/"><span class="sr-only">Canon U.S.A., Inc.</span></a>
<nav class="canon-megamenu" aria-label="Main"><ul>${links(cnNav, 'canon-megamenu__item')}</ul></nav>
<div class="canon-header__icons"><a href="/account/login">Sign In</a><a href="/cart"><span class="sr-only">Cart</span></a></div></div></header>
<div class="cSupportSearchBar"><h2 class="search-title">How can we help?</h2>
<input type="search" placeholder="Search support articles" aria-label="Search"></div>
<div class="slds-grid comm-layout-column"><main class="slds-col slds-size_8-of-12"><div class="forceCommunityArticleView">
<div class="article-head"><h1 class="article-head__title">${cnTitle}</h1><div class="article-head__meta">
<span class="meta-item">Article ID: ART184520</span> | <span class="meta-item">Date published: 05/14/2024</span> |
<span class="meta-item">Date last updated: 01/09/2025</span></div></div>
<div class="forceCommunityArticleDetail"><div class="slds-form-element"><span class="test-id__field-label">Description</span>
<div class="slds-form-element__static"><div class="slds-rich-text-editor__output">${cnDesc}</div></div></div>
<div class="slds-form-element"><span class="test-id__field-label">Resolution</span>
<div class="slds-form-element__static"><div class="slds-rich-text-editor__output">${cnRes}</div></div></div>
<div class="slds-form-element"><span class="test-id__field-label">Applicable Models</span>
<div class="slds-form-element__static">${cnModels.join(', ')}</div></div></div>
<div class="cArticleVote"><p class="vote-question">Was this article helpful?</p><button class="slds-button" title="Yes">Yes</button>
<button class="slds-button" title="No">No</button><p class="vote-thanks slds-hide">Thank you for your feedback.</p></div></div></main>
<aside class="slds-col slds-size_4-of-12"><div class="cRelatedArticles"><h2>Related Articles</h2><ul>${links(cnRelated)}</ul></div>
<div class="cContactCard"><h2>Contact Support</h2><p>Get help from a Canon support representative by chat, email or phone.</p>
<a class="slds-button slds-button_brand" href="/support/s/contact">Contact Us</a></div></aside></div>
<div class="embeddedServiceHelpButton"><button class="helpButtonEnabled uiButton"><span class="helpButtonLabel">Chat with an Agent</span></button></div>
<footer class="cCanonFooter"><div class="footer-newsletter"><h2>${cnNews[0]}</h2><p>${cnNews[1]}</p><label for="nl">${cnNews[2]}</label>
<input id="nl" type="email"><button>${cnNews[3]}</button></div><ul class="footer-links">${links(cnFoot, 'footer-link')}</ul>
<p class="footer-copy">© 2025 Canon U.S.A., Inc. All Rights Reserved. Reproduction in whole or part without permission is prohibited.</p></footer>
</div></body></html>`;
const canonFaq: TestPage = {
  html: cnHtml,
  name: 'heldout202-canon-printer-faq',
  kind: 'docs',
  // the knowledge record's field labels ("Description", "Resolution") are in neither list; the step h3s are the headings;
  // the applicable models field is furniture; article id and dates are bylines
  title: cnTitle,
  headings: blocks(cnArt, 'h3'),
  body: blocks(cnArt),
  bylines: ['Article ID: ART184520', 'Date published: 05/14/2024', 'Date last updated: 01/09/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Free standard shipping on orders over $50.', 'Details', ...cnNav, 'Sign In', 'Cart', 'How can we help?', 'Applicable Models',
    cnModels.join(', '), 'Was this article helpful?', 'Yes', 'No', 'Thank you for your feedback.', 'Related Articles', ...cnRelated,
    'Contact Support', 'Get help from a Canon support representative by chat, email or phone.', 'Chat with an Agent', ...cnNews, ...cnFoot,
    '© 2025 Canon U.S.A., Inc. All Rights Reserved.',
  ],
};

export const HELDOUT202_C: readonly TestPage[] = [canonFaq, boschFaq];
