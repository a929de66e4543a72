import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 70, file b2: a Freshdesk solution article on the classic customer portal (banner with the portal name and
 * "Login" / "Sign up", the Home / Solutions / Tickets tabs, the "How can we help you today?" search band with the new-ticket and
 * ticket-status links, breadcrumbs, the title as an h2 with its print link, "Modified on", an article body pasted from Google
 * Docs with inline-styled spans, the "Did you find it helpful?" vote with its hidden feedback prompt, the "Related Articles"
 * sidebar, the footer tabs, "Help Desk Software by Freshdesk" and the Freshworks widget script).
 */
const fdTitle = 'How do I return or exchange something I bought online?';
const fdIntro =
  'You can return most items within 60 days of delivery for a full refund, as long as they are unused and still have their ' +
  'tags. Footwear can come back within 60 days even if you have worn it outdoors once, because we know fit is hard to judge ' +
  'indoors.';
const fdH1 = 'Items we can’t take back';
const fdCant = [
  'Gas canisters and stove fuel',
  'Personalised or engraved items',
  'Socks, base layers and swimwear once the hygiene seal is broken',
  'Gift cards',
];
const fdH2 = 'Returning by post';
const fdPost = [
  'Sign in to your account and open Orders.',
  'Choose the order, click Start a return, then select the items and a reason.',
  'Print the prepaid label we email you, or show the QR code at a drop-off point.',
  'Pack the items securely. You are welcome to reuse our original box.',
];
const fdPostAfter =
  'Returns by post are free from anywhere on the UK mainland. For Northern Ireland, the Highlands and the islands, £4.95 is ' +
  'taken off your refund to cover the courier.';
const fdH3 = 'Returning to a store';
const fdStore =
  'Bring the item and your order confirmation (on your phone is fine) to any Oakridge store. Staff can refund you straight away ' +
  'to the original payment method, or swap the item if the size or colour you want is in stock.';
const fdH4 = 'Exchanges';
const fdExchange =
  'Online exchanges are handled as a return plus a new order, so the quickest way to be sure of getting the size you want is ' +
  'to place the new order first. We refund the original as soon as it reaches our warehouse.';
const fdH5 = 'When will I get my refund?';
const fdRefund =
  'Once your parcel has been scanned at our returns centre, refunds take three to five working days to appear, depending on ' +
  'your bank. PayPal refunds are usually quicker. We email you when the refund has been issued.';
const fdDamaged =
  'If an item arrived damaged or faulty, please don’t use the standard returns process. Raise a ticket with photos instead and ' +
  'we’ll arrange a collection.';
const fdRelated = [
  'Where is my order?',
  'Can I change or cancel my order?',
  'Our price match promise',
  'How do I claim under the two-year guarantee?',
  'Delivery options and costs',
];
const fdSpan =
  'style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;' +
  'font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre-wrap;"';
const fdP = (t: string): string => `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">\n<span ${fdSpan}>${t}</span></p>\n<p><br></p>`;
const fdH = (t: string): string =>
  `<h3 dir="ltr" style="line-height:1.38;margin-top:14pt;margin-bottom:4pt;"><span style="font-size:13pt;font-family:Arial,sans-serif;` +
  `color:#434343;font-weight:700;">${t}</span></h3>`;
const fdL = (tag: 'ul' | 'ol', items: readonly string[]): string =>
  `<${tag} style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">` +
  items
    .map(
      (t) =>
        `<li dir="ltr" style="list-style-type:${tag === 'ul' ? 'disc' : 'decimal'};" aria-level="1"><p dir="ltr"
 role="presentation"><span>${t}</span></p></li>`,
    )
    .join('\n') +
  `</${tag}>`;
const fdTabs = ['Home', 'Solutions', 'Tickets'];
const fdHtml = `<!DOCTYPE html>
<html lang="en" data-date-format="non_us" dir="ltr">
<head>
<title>${fdTitle} : Oakridge Outdoor Support</title>
<meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="csrf-param" content="authenticity_token" /><meta name="csrf-token" content="Qm9H3lZ0c2p1dWhK5WqFxV2g8Yd0cG9S" />
<link rel="canonical"
 href="https://support.oakridgeoutdoor.example/support/solutions/articles/80000931142-how-do-i-return-or-exchange-something-i-bought-online-" />
<meta property="og:title" content="${fdTitle}" /><meta property="og:description" content="You can return most items within 60 days of delivery..." />
<link rel="stylesheet" href="https://assets8.freshdesk.com/assets/cdn/portal_utils-2c4f1b7a.css" type="text/css" />
<link rel="stylesheet" href="/support/theme.css?v=1729841125" type="text/css" />
<script type="text/javascript">
  var portal = {"language":"en","name":"Oakridge Outdoor Support","contact_info":"","current_page_name":"article_view","current_tab":"solutions",
  "vault_service":{"url":"https://vault-service.freshworks.com/data","max_try":2,"product_name":"fd"},"current_account_id":1427733,"preferences":
  {"bg_color":"#f3f5f7","header_color":"#23442f","help_center_color":"#f3f5f7","footer_color":"#183247","tab_color":"#ffffff"},"image_placeholders":
  {"spacer":"https://assets2.freshdesk.com/assets/misc/spacer.gif"},"falcon_portal_theme":true};
</script>
</head>
<body>
<div class="page">
  <header class="banner">
    <div class="banner-wrapper page">
      <div class="banner-title">
        <a href="https://www.oakridgeoutdoor.example" class='portal-logo'><span class="portal-img"><i></i>
          <img src='https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/80012345678/logo/oakridge.png' alt="Logo"
            onerror="default_image_error(this)" data-type="logo" /></span></a>
        <h1 class="ellipsis heading">Oakridge Outdoor Support</h1>
      </div>
      <nav class="banner-nav"><div class="welcome">Welcome </div> <b><a href="/support/login"><b>Login</b></a></b> &nbsp;<b><a href="/support/signup">
        <b>Sign up</b></a></b></nav>
    </div>
  </header>
  <nav class="page-tabs">
    <div class="nav-link" id="header-tabs">
      <a href="/support/home" class="">Home</a><a href="/support/solutions" class="active">Solutions</a><a href="/support/tickets" class="">Tickets</a>
    </div>
  </nav>
<section class="help-center-sc rounded-6">
  <div class="page no-padding">
  <div class="hc-search">
    <div class="hc-search-c">
      <h2 class="heading hide-in-mobile">How can we help you today?</h2>
      <form class="hc-search-form print--remove" autocomplete="off" action="/support/search/solutions" id="hc-search-form" data-csrf-ignore="true">
        <div class="hc-search-input">
          <label for="support-search-input" class="hide">Enter your search term here...</label>
          <input placeholder="Enter your search term here..." type="text" name="term" class="special" value="" id="support-search-input">
        </div>
        <div class="hc-search-button"><button class="btn btn-primary" aria-label="Search" type="submit" autocomplete="off">
          <i class="mobile-icon-search hide-tablet"></i><span class="hide-in-mobile">Search</span></button></div>
      </form>
    </div>
  </div>
  <div class="hc-nav">
    <nav><div><a href="/support/tickets/new" class="mobile-icon-nav-newticket new-ticket ellipsis" title="New support ticket">
      <span>New support ticket</span></a></div>
      <div><a href="/support/tickets" class="mobile-icon-nav-status check-status ellipsis"
 title="Check ticket status"><span>Check ticket status</span></a></div></nav>
  </div>
  </div>
</section>
<div class="page">
<section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-80000931142">
  <div class="breadcrumb">
    <a href="/support/solutions"> Solution home </a>
    <a href="/support/solutions/80000188112">Orders and Returns</a>
    <a href="/support/solutions/folders/80000312457">Returns and refunds</a>
  </div>
  <b class="page-stamp page-stamp-article"><b class="icon-page-article"></b></b>
  <h2 class="heading">${fdTitle}
    <a href="javascript:print();" class="solution-print--icon print--remove" title="Print this Article" arial-role="link">
      <span class="icon-print"></span><span class="text-print">Print</span></a>
  </h2>
  <p>Modified on: Tue, 14 Oct, 2025 at 9:42 AM</p>
  <hr />
  <article class="article-body" id="article-body" rel="image-enlarge">
<p dir="ltr"><b id="docs-internal-guid-3f1c9a2e-7fff-4b1d-92a4-5c8e0d6f7a10" style="font-weight:normal;"></b></p>
${fdP(fdIntro)}
${fdH(fdH1)}
${fdL('ul', fdCant)}
${fdH(fdH2)}
${fdL('ol', fdPost)}
<p><br></p>
${fdP(fdPostAfter)}
${fdH(fdH3)}
${fdP(fdStore)}
${fdH(fdH4)}
<div dir="ltr">${fdExchange}</div><div><br></div>
${fdH(fdH5)}
${fdP(fdRefund)}
<p dir="ltr"><span ${fdSpan}><em>${fdDamaged}</em></span></p>
  </article>
  <hr />
  <div id="article-vote" class="article-vote-wrap">
    <p class="article-vote" id="voting-container" data-user-id="" data-article-id="80000931142" data-language="en">
      Did you find it helpful?<span data-href="/support/solutions/articles/80000931142/thumbs_up" class="vote-up a-link" id="article_thumbs_up"
        data-remote="true" data-method="put" data-update="#voting-container" data-user-id="" data-article-id="80000931142" data-language="en"
        data-update-with-message="Glad we could be helpful. Thanks for the feedback.">
      Yes</span><span class="vote-down-container"><span data-href="/support/solutions/articles/80000931142/thumbs_down" class="vote-down a-link"
        id="article_thumbs_down" data-remote="true" data-method="put" data-update="#vote-feedback-form" data-user-id="" data-article-id="80000931142"
        data-language="en" data-hide-dom="#voting-container" data-show-dom="#vote-feedback-container">
      No</span></span></p>
    <a class="hide a-link" id="vote-feedback-form-link" data-hide-dom="#vote-feedback-form-link" data-show-dom="#vote-feedback-container">Send feedback</a>
    <div id="vote-feedback-container" class="hide">
      <div class="lead">Sorry we couldn't be helpful. Help us improve this article with your feedback.</div>
      <div id="vote-feedback-form"><div class="sloading loading-small loading-block"></div></div>
    </div>
  </div>
</section>
<section class="sidebar content rounded-6 fc-related-articles">
  <div id="related_articles"><div class="cs-g-c"><section class="article-list">
    <h3 class="list-lead">Related Articles</h3>
    <ul rel="remote" data-remote-url="/support/search/articles/80000931142/related_articles?container=related_articles&limit=5" id="related-article-list">
${fdRelated.map((t, i) => `      <li><div class="ellipsis"><a href="/support/solutions/articles/8000093${1150 + i}">${t}</a></div></li>`).join('\n')}
    </ul>
  </section></div></div>
</section>
</div>
  <footer class="footer rounded-6">
    <nav class="footer-links page no-padding">
      ${fdTabs.map((t, i) => `<a href="/support/${t.toLowerCase()}" class="${i === 1 ? 'active' : ''}">${t}</a>`).join('')}
    </nav>
  </footer>
  <div class="copyright">
    <a href="https://www.freshworks.com/freshdesk/?utm_source=portal&amp;utm_medium=reflink&amp;utm_campaign=portal_reflink" target="_blank" rel="nofollow">
      Help Desk Software
    </a>
    by Freshdesk
  </div>
</div>
<script type="text/javascript">
  window.fwSettings = { 'widget_id': 80000004417, 'locale': 'en' };
  !function(){if("function"!=typeof window.FreshworksWidget){var n=function(){n.q.push(arguments)};n.q=[],window.FreshworksWidget=n}}()
</script>
<script type="text/javascript" src="https://widget.freshworks.com/widgets/80000004417.js" async defer></script>
</body>
</html>`;
export const freshdeskArticle: TestPage = {
  html: fdHtml,
  name: 'heldout70-freshdesk-solution-article',
  kind: 'docs',
  // the portal puts the article title in an h2 (its h1 is the portal name): the h2 is the title and "Print" inside it is
  // furniture; the five h3 are the headings; the paragraphs, the closing italic one and both lists are body; the date after
  // "Modified on:" is the byline (the label in neither, as "By" is); the portal name, "Welcome", login links, tabs (twice), the
  // search band with its hidden label, the ticket links, breadcrumbs, the vote with its hidden feedback prompt, related articles
  // and the "Help Desk Software by Freshdesk" credit are furniture
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3, fdH4, fdH5],
  body: [fdIntro, ...fdCant, ...fdPost, fdPostAfter, fdStore, fdExchange, ...texts([fdRefund, fdDamaged])],
  bylines: ['Tue, 14 Oct, 2025 at 9:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Oakridge Outdoor Support', 'Welcome', 'Login', 'Sign up', ...fdTabs, 'How can we help you today?', 'Enter your search term here...', 'Search',
    'New support ticket', 'Check ticket status', 'Solution home', 'Orders and Returns', 'Returns and refunds', 'Print', 'Did you find it helpful?', 'Yes',
    'No', 'Send feedback', "Sorry we couldn't be helpful. Help us improve this article with your feedback.", 'Related Articles', ...fdRelated,
    'Help Desk Software by Freshdesk',
  ],
};
