import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 138, file f2: a Freshdesk knowledge-base solution article on a company's support portal (the banner with
 * the portal name as an h1, "Welcome", "Login" and "Sign up", the page tabs, the help-center search box with its hidden
 * label, "New support ticket" and "Check ticket status", the breadcrumb, the article title as an h2 with its "Print" link,
 * "Modified on", the article body with an inline-styled tip box, the "Did you find it helpful?" vote with its hidden feedback
 * text, the related articles sidebar, the footer tabs, "Help Desk Software by Freshdesk" and the widget script).
 */
const fdTitle = 'How do I reissue a payslip after a correction?';
const fdP1 = [
  'If you correct an employee’s pay after a pay run has been finalised, for example to add missed overtime or fix a tax code, ' +
    'Tallowmere doesn’t change the original payslip. Instead, you issue a corrected payslip that replaces it in the employee’s ' +
    'portal. This article explains how to do that and what your employee will see.',
  '<strong>Before you start:</strong> make sure the correction itself has been processed. Reissuing only regenerates the document; ' +
    'it doesn’t recalculate any amounts.',
];
const fdH1 = 'Reissuing a single payslip';
const fdSteps = [
  'Go to <strong>Pay Runs</strong> and open the finalised pay run that contains the payslip.',
  'In the <strong>Employees</strong> tab, find the employee and click the three dots next to their name.',
  'Choose <strong>Reissue payslip</strong>.',
  'Check the preview. Corrected lines are highlighted in yellow.',
  'Click <strong>Reissue and notify</strong> if you want the employee to get an email, or <strong>Reissue only</strong> to update ' +
    'the document without telling them.',
];
const fdH2 = 'Reissuing payslips for several employees';
const fdP2 = [
  'If a correction affected a whole team, you can reissue in bulk. Select the employees with the checkboxes in the ' +
    '<strong>Employees</strong> tab, then choose <strong>Bulk actions &gt; Reissue payslips</strong>. Bulk reissues are limited to ' +
    '200 employees at a time.',
];
const fdH3 = 'What the employee sees';
const fdP3 = [
  'The corrected payslip appears in the employee portal with a <strong>Corrected</strong> badge and the date it was reissued. The ' +
    'original stays available under <strong>Previous versions</strong>, so employees can compare the two.',
  'Year-to-date figures on the employee’s next payslip are based on the corrected amounts.',
  'If the employee has already downloaded the original, the portal shows them a banner the next time they sign in, telling them ' +
    'that a newer version is available and where to find it.',
];
const fdTip =
  '💡 <strong>Tip:</strong> If you reissue a payslip by mistake, contact us within 7 days and we can restore the original as the ' + 'current version.';
const fdP4 = ['Still stuck? Raise a ticket from this portal and include the pay run date and the employee’s payroll ID.'];
const fdBrand = 'Tallowmere Payroll Support';
const fdTabs = ['Home', 'Solutions', 'Forums'];
const fdCrumbs = ['Solution home', 'Payslips and pay runs', 'Corrections'];
const fdRelated = [
  'Why is the year-to-date total on my payslip different from last month?',
  'Correcting a tax code after a pay run is finalised',
  'Sending payslips by email or through the portal',
  'Undoing a finalised pay run',
];
const fdVoteMsg = "Sorry we couldn't be helpful. Help us improve this article with your feedback.";
const fdHtml = `<!DOCTYPE html>
<html lang="en" data-date-format="non_us"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>How do I reissue a payslip after a correction? : Tallowmere Payroll Support</title>
<meta name="description" content="If you correct an employee's pay after a pay run has been finalised, Tallowmere doesn't change the original payslip." />
<meta name="author" content="" /><meta property="og:title" content="${fdTitle}" /><meta property="og:url"
content="https://support.tallowmere.example/support/solutions/articles/48001234567-how-do-i-reissue-a-payslip-after-a-correction-" />
<meta property="og:image" content="https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/48009876543/logo/tallowmere.png" />
<link rel="canonical" href="https://support.tallowmere.example/support/solutions/articles/48001234567-how-do-i-reissue-a-payslip-after-a-correction-" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=5.0, user-scalable=yes" />
<link rel="stylesheet" href="https://assets2.freshdesk.com/assets/cdn/portal_utils-4f2b1c6e8d.css" media="screen" />
<link rel="stylesheet" href="/support/theme.css?v=1729001122" media="screen" />
<script type="text/javascript">var portal = {"language":"en","name":"Tallowmere Payroll Support","contact_info":"","current_page_name":"article_view",
"current_tab":"solutions","vault_service":{"url":"https://vault-service.freshworks.com/data","max_try":2},"current_account_id":1480233,
"preferred_languages":{"primary_language":"en"},"image_placeholders":{"spacer":"https://assets1.freshdesk.com/assets/misc/spacer.gif"}};</script>
<script src="https://assets10.freshdesk.com/assets/cdn/portal_bottom-6a9c2e1b3d.js" defer></script></head>
<body><div class="page"><header class="banner"><div class="banner-wrapper page"><div class="banner-title">
<a href="https://support.tallowmere.example/support/home" class="logo"><img
src="https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/48009876543/logo/tallowmere.png"
alt="Logo" /></a><h1 class="ellipsis heading">${fdBrand}</h1></div><nav class="banner-nav"><div class="welcome">Welcome <b></b></div>
<b><a href="/support/login"><b>Login</b></a></b> &nbsp;<b><a href="/support/signup"><b>Sign up</b></a></b></nav></div></header>
<nav class="page-tabs"><div class="page no-padding no-header-tabs"><a data-toggle-dom="#header-tabs" href="#" data-animated="true"
class="mobile-icon-nav-menu show-in-mobile"></a>
<div class="nav-link" id="header-tabs">${fdTabs
  .map(
    (t) => `<a href="/support/${t.toLowerCase()}"
class="${t === 'Solutions' ? 'active' : ''}">${t}</a>`,
  )
  .join('')}</div></div></nav>
<!-- Search and page links for the page --><section class="help-center-sc rounded-6"><div class="page no-padding"><div class="hc-search"><div
class="hc-search-c">
<h2 class="heading hide-in-mobile">How can we help you today?</h2><form class="hc-search-form print--remove" autocomplete="off"
action="/support/search/solutions"
id="hc-search-form" data-csrf-ignore="true"><div class="hc-search-input"><label for="support-search-input" class="hide">Enter your search term here...</label>
<input placeholder="Enter your search term here..." type="text" name="term" class="special" value="" rel="page-search" data-max-matches="10"
id="support-search-input">
<span class="search-icon icon-search"></span></div><div class="hc-search-button"><button class="btn btn-primary" aria-label="Search" type="submit"
autocomplete="off">
<i class="mobile-icon-search hide-tablet"></i><span class="hide-in-mobile">Search</span></button></div></form></div></div><div class="hc-nav
hide-in-mobile"><nav>
<div><a href="/support/tickets/new" class="mobile-icon-nav-newticket new-ticket ellipsis" title="New support ticket"><span>New support ticket</span></a></div>
<div><a href="/support/tickets" class="mobile-icon-nav-status check-status ellipsis" title="Check ticket status"><span>Check ticket status</span></a></div>
</nav></div></div></section>
<div class="page"><!-- Notification Messages --><div class="alert alert-with-close notice hide" id="noticeajax"></div><div class="c-wrapper">
<section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-48001234567"><div class="breadcrumb">
${fdCrumbs.map((t, i) => `<a href="/support/solutions${i === 0 ? '' : `/${48000000 + i}`}">${t}</a>`).join(' ')}</div>
<b class="page-stamp page-stamp-article"><b class="icon-page-article"></b></b><h2 class="heading">${fdTitle}
<a href="javascript:print();" class="solution-print--icon print--remove" title="Print this Article" arialabel="Print this Article" role="link">
<span class="icon-print"></span><span class="text-print">Print</span></a></h2><p>Modified on: Tue, 14 Oct, 2025 at 3:12 PM</p><hr />
<article class="article-body" id="article-body" rel="image-enlarge">
${fdP1.map((p) => `<p dir="ltr">${p}</p>`).join('\n')}
<h3 dir="ltr">${fdH1}</h3><ol>${fdSteps.map((t) => `<li dir="ltr"><p dir="ltr">${t}</p></li>`).join('\n')}</ol>
<p dir="ltr"><img src="https://s3.amazonaws.com/cdn.freshdesk.com/data/helpdesk/attachments/production/48112233445/original/reissue.png" class="fr-fic fr-dib"
style="width: 640px;" data-attachment="[object Object]" data-id="48112233445"></p>
<h3 dir="ltr">${fdH2}</h3>${fdP2.map((p) => `<p dir="ltr">${p}</p>`).join('\n')}
<h3 dir="ltr">${fdH3}</h3>${fdP3.map((p) => `<p dir="ltr">${p}</p>`).join('\n')}
<div dir="ltr" style="background-color: rgb(232, 244, 253); border-left: 4px solid rgb(44, 92, 197); padding: 10px 14px;"><p>${fdTip}</p></div>
${fdP4.map((p) => `<p dir="ltr">${p}</p>`).join('\n')}
</article><hr /><div id="article-vote" data-article-id="48001234567"><p class="article-vote" id="voting-container" data-user-id="" data-article-id="48001234567"
data-language="en">Did you find it helpful?<span data-href="/support/solutions/articles/48001234567/thumbs_up" class="vote-up a-link" id="article_thumbs_up"
data-remote="true" data-method="put" data-update="#voting-container" data-user-id="" data-article-id="48001234567" data-language="en"
data-update-with-message="Glad we could be helpful. Thanks for the feedback.">Yes</span><span class="vote-down-container"><span
data-href="/support/solutions/articles/48001234567/thumbs_down" class="vote-down a-link" id="article_thumbs_down" data-remote="true" data-method="put"
data-update="#vote-feedback-form" data-user-id="" data-article-id="48001234567" data-language="en" data-hide-dom="#voting-container"
data-show-dom="#vote-feedback-container">No</span></span></p><a class="hide a-link" id="vote-feedback-form-link" data-hide-dom="#vote-feedback-form-link"
data-show-dom="#vote-feedback-container">Send feedback</a><div id="vote-feedback-container" class="hide"><div class="lead">${fdVoteMsg}</div>
<div id="vote-feedback-form"><div class="sloading loading-small loading-block"></div></div></div></div></section>
<section class="sidebar content rounded-6 fc-related-articles"><div id="related_articles"><div class="cs-g-c"><section class="article-list">
<h3 class="list-lead">Related Articles</h3><ul rel="remote"
data-remote-url="/support/search/articles/48001234567/related_articles?container=related_articles&amp;limit=10"
id="related-article-list">${fdRelated
  .map(
    (t, i) => `<li><div class="ellipsis"><a
href="/support/solutions/articles/${48001234570 + i}">${t}</a></div></li>`,
  )
  .join('\n')}
</ul></section></div></div></section></div></div>
<footer class="footer rounded-6"><nav class="footer-links page no-padding">${fdTabs
  .map(
    (t) => `<a href="/support/${t.toLowerCase()}"
class="${t === 'Solutions' ? 'active' : ''}">${t}</a>`,
  )
  .join('')}
</nav></footer><div class="copyright"><a href="https://www.freshworks.com/freshdesk/?utm_source=portal&amp;utm_medium=reflink&amp;utm_campaign=portal_reflink"
target="_blank" rel="nofollow"> Help Desk Software </a> by Freshdesk</div></div>
<script>window.fwSettings={'widget_id':48000001122};!function(){if("function"!=typeof window.FreshworksWidget){var n=function(){n.q.push(arguments)};
n.q=[],window.FreshworksWidget=n}}()</script><script type="text/javascript" src="https://widget.freshworks.com/widgets/48000001122.js" async defer></script>
</body></html>`;
export const freshdeskArticle: TestPage = {
  html: fdHtml,
  name: 'heldout138-freshdesk-solution-docs',
  kind: 'docs',
  // the portal name is the page's h1 and is furniture; the article title is the h2.heading (its "Print" link is furniture);
  // the inline-styled tip box and the closing "Still stuck?" line are part of the article: body
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3],
  body: texts([...fdP1, ...fdSteps, ...fdP2, ...fdP3, fdTip, ...fdP4]),
  bylines: ['Modified on: Tue, 14 Oct, 2025 at 3:12 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    fdBrand, 'Welcome', 'Login', 'Sign up', ...fdTabs, 'How can we help you today?', 'Enter your search term here...', 'Search', 'New support ticket',
    'Check ticket status', ...fdCrumbs, 'Print', 'Did you find it helpful?', 'Yes', 'No', 'Send feedback', fdVoteMsg, 'Related Articles', ...fdRelated,
    'Help Desk Software by Freshdesk',
  ],
};
