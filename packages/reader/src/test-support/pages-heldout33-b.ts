import { type TestPage, texts } from './page-kit.js';
import { helpScoutArticle } from './pages-heldout33-b2.js';

/**
 * Held-out batch 33, file b: a Freshdesk solution article on the classic support portal (the `portal` settings script, the
 * banner with the portal's own h1, "Welcome", "Login" and "Sign up", the Home / Solutions / Forums tabs, the "How can we help
 * you today?" search panel with ticket links, the breadcrumb, the article title in an h2 with its "Print" link, the "Modified
 * on:" line, a Froala-edited body with empty paragraphs, spans and a fee table, the "Did you find it helpful?" vote with its
 * hidden feedback form, the Related Articles sidebar, footer tabs and the "Help Desk Software by Freshdesk" credit).
 */
const fdTitle = 'Change the delivery address on an open booking';
const fdIntro = [
  'You can change where we deliver your equipment up until the morning of delivery. How you do it depends on how close the ' +
    'delivery is, and whether the new address is inside the same delivery zone as the old one.',
  'Changes made through your account are confirmed straight away. Changes made by phone or email are confirmed once a member of ' +
    'the depot team has checked the new route, which usually takes less than an hour during opening times.',
];
const fdH1 = 'More than 24 hours before delivery';
const fdSteps = [
  'Log in to your Corvid Hire account and open <strong>My bookings</strong>.',
  'Select the booking and click <strong>Edit delivery</strong>.',
  'Enter the new address, including any site access notes for the driver, and click <strong>Save changes</strong>.',
];
const fdZone =
  'If the new address is in a different delivery zone, the price difference is shown before you save. We charge or refund the ' +
  'difference to the card used for the booking.';
const fdH2 = 'Less than 24 hours before delivery';
const fdLate = [
  'Once a booking is inside the 24-hour window, the route has usually been planned and the equipment may already be loaded. ' +
    'Online editing is switched off at this point, so please call your depot directly. The depot phone number is on your booking ' +
    'confirmation email.',
  'We will always try to help, but a late change may move your delivery to a later slot on the same day, or to the next working ' +
    'day if the driver’s route is full.',
];
const fdH3 = 'Fees for changing an address';
const fdTable = [
  ['When you change the address', 'Same zone', 'Different zone'],
  ['More than 24 hours before', 'Free', 'Zone price difference'],
  ['Less than 24 hours before', '£15', '£15 plus zone price difference'],
  ['On the day, after dispatch', '£35', 'Not available'],
];
const fdAccess =
  'If the new site has a height barrier, a narrow gate or restricted unloading hours, add them to the access notes. Drivers who ' +
  'cannot unload safely will take the equipment back to the depot, and a failed delivery charge may then apply.';
const fdRelated = ['Extend a hire period', 'Cancel a booking and get a refund', 'What counts as a failed delivery?', 'Delivery zones and prices'];
const fdArticleBody = `<p dir="ltr"><span style="font-size: 14px;">${fdIntro[0]}</span></p>
<p dir="ltr"><span style="font-size: 14px;">${fdIntro[1]}</span></p>
<p dir="ltr"><br></p>
<h3 dir="ltr"><span style="font-size: 18px;"><strong>${fdH1}</strong></span></h3>
<ol>
${fdSteps.map((t) => `  <li dir="ltr"><span style="font-size: 14px;">${t}</span></li>`).join('\n')}
</ol>
<p dir="ltr"><img src="https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/80021144551/original/edit-delivery.png"
 style="width: 520px;" class="fr-fic fr-dib" data-id="80021144551"></p>
<div dir="ltr">${fdZone}</div>
<p dir="ltr"><br></p>
<h3 dir="ltr"><span style="font-size: 18px;"><strong>${fdH2}</strong></span></h3>
<p dir="ltr">${fdLate[0]}</p>
<p dir="ltr">${fdLate[1]}</p>
<p dir="ltr"><br></p>
<h3 dir="ltr"><span style="font-size: 18px;"><strong>${fdH3}</strong></span></h3>
<table style="width: 100%;" class="fr-table-selection-hover"><tbody>
${fdTable
  .map(
    (row, r) =>
      `<tr>${row
        .map((c) => (r === 0 ? `<td style="width: 33.3%; background-color: rgb(239, 239, 239);"><strong>${c}</strong></td>` : `<td>${c}</td>`))
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>
<p dir="ltr"><br></p>
<p dir="ltr"><span style="font-size: 14px;">${fdAccess}</span></p>`;
const fdHtml = `<!DOCTYPE html>
       <html lang="en-GB" data-date-format="non_us" dir="ltr">
<head>
  <meta property="og:title" content="${fdTitle}" />
  <meta property="og:url" content="https://support.corvidhire.example/support/solutions/articles/80000912344-change-the-delivery-address" />
  <meta property="og:description" content="You can change where we deliver your equipment up until the morning of delivery..." />
  <meta property="og:site_name" content="Corvid Hire" />
  <meta property="og:type" content="article" />
  <title>${fdTitle} : Corvid Hire</title>
  <!-- Meta information -->
  <meta charset="utf-8" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
  <meta name="description" content= "" />
  <meta name="author" content= "" />
  <meta name="keywords" content="" />
  <!-- Responsive setting -->
  <meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0, user-scalable=yes" />
  <link rel="canonical" href="https://support.corvidhire.example/support/solutions/articles/80000912344-change-the-delivery-address" />
  <link rel='stylesheet' href='/assets/cdn/portal/styles/theme.css?FD005' type='text/css' media='all' />
  <script src="/assets/cdn/portal_jquery.js"></script>
  <script type="text/javascript">
    var portal = {"language":"en","name":"Corvid Hire","contact_info":"","current_page_name":"article_view","current_tab":"solutions",
      "current_account_id":1099231,"preferences":{"bg_color":"#efefef","header_color":"#1f3b2d","help_center_color":"#f9f9f9",
      "footer_color":"#777777","tab_color":"#2f6b4f","baseFont":"Helvetica Neue","textColor":"#333333","linkColor":"#2f6b4f",
      "nonResponsive":"false"},"falcon_portal_theme":false,"current_object_id":80000912344};
    var attachment_size = 20;
    var blocked_extensions = "";
    var allowed_extensions = "";
  </script>
  <script>
    window.fwSettings={ 'widget_id':80000003312 };
    !function(){if("function"!=typeof window.FreshworksWidget){var n=function(){n.q.push(arguments)};n.q=[],window.FreshworksWidget=n}}()
  </script>
  <script type='text/javascript' src='https://euc-widget.freshworks.com/widgets/80000003312.js' async defer></script>
</head>
<body>
  <div class="page">
  <!-- Notification Messages -->
  <div class="alert alert-with-close notice hide" id="noticeajax"></div>
  <header class="banner">
    <div class="banner-wrapper page">
      <div class="banner-title">
        <a href="https://www.corvidhire.example" class='portal-logo'><span class="portal-img"><i></i>
          <img src='https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/80019988102/logo/corvid.png' alt="Logo"
            onerror="default_image_error(this)" data-type="logo" /></span></a>
        <h1 class="ellipsis heading">Corvid Hire Support</h1>
      </div>
      <nav class="banner-nav">
        <div class="welcome">Welcome <b></b> </div>
        <b><a href="/support/login"><b>Login</b></a></b> &nbsp;<b><a href="/support/signup"><b>Sign up</b></a></b>
      </nav>
    </div>
  </header>
  <nav class="page-tabs">
    <div class="nav-link" id="header-tabs">
        <a href="/support/home" class="">Home</a>
        <a href="/support/solutions" class="active">Solutions</a>
        <a href="/support/discussions" class="">Forums</a>
    </div>
  </nav>
<!-- Search and page links for the page -->
  <section class="help-center-sc rounded-6">
    <div class="hc-search">
      <div class="hc-search-c">
        <h2 class="heading hide-in-mobile">How can we help you today?</h2>
        <form class="hc-search-form print--remove" autocomplete="off" action="/support/search/solutions" id="hc-search-form" data-csrf-ignore="true">
          <div class="hc-search-input">
            <label for="support-search-input" class="hide">Enter your search term here...</label>
            <input placeholder="Enter your search term here..." type="text" name="term" class="special" value="" rel="page-search"
              data-max-matches="10" id="support-search-input">
          </div>
          <div class="hc-search-button">
            <button class="btn btn-primary" aria-label="Search" type="submit" autocomplete="off">
              <i class="mobile-icon-search hide-tablet"></i>
              <span class="hide-in-mobile">Search</span>
            </button>
          </div>
        </form>
      </div>
    </div>
    <div class="hc-nav">
      <nav>
        <div><a href="/support/tickets/new" class="mobile-icon-nav-newticket new-ticket ellipsis" title="New support ticket">
          <span>New support ticket</span></a></div>
        <div><a href="/support/tickets" class="mobile-icon-nav-status check-status ellipsis" title="Check ticket status">
          <span>Check ticket status</span></a></div>
        <div><a href="tel:0333 555 0192" class="mobile-icon-nav-contact contact-info ellipsis"><span>0333 555 0192</span></a></div>
      </nav>
    </div>
  </section>
<div class="c-wrapper">
<section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-80000912344">
  <div class="breadcrumb">
    <a href="/support/solutions"> Solution home </a>
    <a href="/support/solutions/80000212330">Bookings and delivery</a>
    <a href="/support/solutions/folders/80000334121">Changing a booking</a>
  </div>
  <b class="page-stamp page-stamp-article">
    <b class="icon-page-article"></b>
  </b>
  <h2 class="heading">${fdTitle}
    <a href="/support/solutions/articles/80000912344-change-the-delivery-address/print" class="solution-print--icon print--remove"
      title="Print this article" arial-role="link">
      <span class="icon-print"></span>
      <span class="text-print">Print</span>
    </a>
  </h2>
  <p>Modified on: Thu, 6 Mar, 2025 at 11:42 AM</p>
  <hr />
  <article class="article-body" id="article-body" rel="image-enlarge">
${fdArticleBody}
  </article>
  <hr />
  <div id="article-vote" class="article-vote-container">
    <p class="article-vote" id="voting-container" data-user-id="" data-article-id="80000912344" data-language="en">
      Did you find it helpful?<span data-href="/support/solutions/articles/80000912344/thumbs_up" class="vote-up a-link"
        id="article_thumbs_up" data-remote="true" data-method="put" data-update="#voting-container" data-user-id=""
        data-article-id="80000912344" data-language="en" data-update-with-message="Glad we could be helpful. Thanks for the feedback.">
        Yes</span><span class="vote-down-container"><span data-href="/support/solutions/articles/80000912344/thumbs_down"
        class="vote-down a-link" id="article_thumbs_down" data-remote="true" data-method="put" data-update="#vote-feedback-form"
        data-user-id="" data-article-id="80000912344" data-language="en" data-hide-dom="#voting-container"
        data-show-dom="#vote-feedback-container">
        No</span></span></p>
    <a class="hide a-link" id="vote-feedback-form-link" data-hide-dom="#vote-feedback-form-link" data-show-dom="#vote-feedback-container">
      Send feedback</a>
    <div id="vote-feedback-container" class="hide">
      <div class="lead">Sorry we couldn't be helpful. Help us improve this article with your feedback.</div>
      <div id="vote-feedback-form">
        <div class="sloading loading-small loading-block"></div>
      </div>
    </div>
  </div>
</section>
<section class="sidebar content rounded-6 fc-related-articles">
  <div id="related_articles"><div class="cs-g-c"><section class="article-list">
    <h3 class="list-lead">Related Articles</h3>
    <ul rel="remote" id="related-article-list">
${fdRelated.map((t, i) => `      <li><div class="ellipsis"><a href="/support/solutions/articles/8000091${i}771">${t}</a></div></li>`).join('\n')}
    </ul>
  </section></div></div>
</section>
</div>
  <footer class="footer rounded-6">
    <nav class="footer-links page-no-print">
        <a href="/support/home" class="">Home</a>
        <a href="/support/solutions" class="active">Solutions</a>
        <a href="/support/discussions" class="">Forums</a>
    </nav>
  </footer>
  <div class="copyright">
    <a href="https://www.freshworks.com/freshdesk/?utm_source=portal&amp;utm_medium=reflink&amp;utm_campaign=portal_reflink"
      target="_blank" rel="nofollow"> Help Desk Software </a>
    by Freshdesk
  </div>
  </div>
  <script src="/assets/cdn/portal/vendor.js"></script>
  <script src="/assets/cdn/portal/application.js"></script>
</body>
</html>`;
const freshdesk: TestPage = {
  html: fdHtml,
  name: 'heldout33-freshdesk-solution-article',
  kind: 'docs',
  // the title is the h2 (the banner's h1 "Corvid Hire Support" is the portal's name: furniture); "Print" beside it is furniture;
  // the three h3 are the headings; the paragraphs, the steps, the div-wrapped zone paragraph and every cell of the fee table
  // are body (the table is the article's own); the "Modified on:" line is the byline; banner, tabs (twice), the search panel and
  // its ticket links and phone number, the breadcrumb, the vote line, its hidden feedback form, the related list and the
  // Freshdesk credit are furniture; the search button's "Search" label and the crumb "Changing a booking" are kept
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3],
  body: [...texts(fdIntro), ...texts(fdSteps), fdZone, ...texts(fdLate), ...fdTable.flat(), fdAccess],
  bylines: ['Modified on: Thu, 6 Mar, 2025 at 11:42 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Corvid Hire Support', 'Welcome', 'Login', 'Sign up', 'Home', 'Solutions', 'Forums', 'How can we help you today?',
    'Enter your search term here...', 'Search', 'New support ticket', 'Check ticket status', '0333 555 0192', 'Solution home',
    'Bookings and delivery', 'Changing a booking', 'Print', 'Did you find it helpful?', 'Yes', 'No', 'Send feedback',
    "Sorry we couldn't be helpful. Help us improve this article with your feedback.", 'Related Articles', ...fdRelated,
    'Help Desk Software', 'by Freshdesk',
  ],
};

export const HELDOUT33_B: readonly TestPage[] = [freshdesk, helpScoutArticle];
