import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 70, file f2: a HubSpot Knowledge Base article on the HubSpot CMS (TechArticle JSON-LD, the header with the KB
 * name, site links, language menu and "Log in", the search form, breadcrumbs, the category chip, "Last updated", the
 * "Available with any of the following subscriptions" box, the article with "Please note:" paragraphs, lists and screenshots,
 * the documentation-feedback vote, "Related articles", the footer, the HubSpot cookie banner and the chat-widget loader).
 */
const hbTitle = 'Schedule social posts in bulk';
const hbIntro =
  'If you plan your social content a month at a time, you can upload a spreadsheet of posts instead of creating each one in ' +
  'the composer. HubSpot schedules every row as a separate post and shows you any problems before anything is published.';
const hbNote1 =
  'bulk scheduling works for Facebook, Instagram, LinkedIn and X accounts that are connected to HubSpot. You can upload up to ' + '150 posts in one file.';
const hbH1 = 'Prepare your file';
const hbPrep = 'Download the template from the upload dialog box, or create a CSV or XLSX file with these columns, in this order:';
const hbCols = [
  '<strong>Date</strong>: in the format your account uses, for example 10/21/2025.',
  '<strong>Time</strong>: in 24-hour format, in your account’s time zone.',
  '<strong>Message</strong>: the text of the post.',
  '<strong>Link</strong>: an optional URL to include in the post.',
  '<strong>Image URL</strong>: an optional public link to an image. Leave it empty if the post uses a link preview instead.',
];
const hbRule = 'Each row must be scheduled at least ten minutes in the future and no more than one year ahead.';
const hbH2 = 'Upload and review your posts';
const hbSteps = [
  'In your HubSpot account, navigate to <strong>Marketing</strong> &gt; <strong>Social</strong>.',
  'In the upper right, click <strong>Create social post</strong>, then select <strong>Bulk schedule</strong>.',
  'Select the accounts to publish from, then click <strong>Choose file</strong> and select your spreadsheet.',
  'Click <strong>Upload</strong>. HubSpot checks each row and lists any errors, such as a date in the past or a message that is too ' +
    'long for one of the networks.',
  'Fix the rows marked with errors directly in the table, or remove them, then click <strong>Schedule posts</strong>.',
];
const hbAfter = 'Scheduled posts appear in the <strong>Manage</strong> tab, where you can edit or delete each one until it is published.';
const hbH3 = 'Associate posts with a campaign';
const hbCampaign =
  'To report on the posts together, select a campaign in the upload dialog box before you click <strong>Schedule posts</strong>. ' +
  'Every post in the file is then associated with that campaign.';
const hbNote2 =
  'if your account requires approval for social posts (<em>Marketing Hub</em> <em>Enterprise</em> only), uploaded posts are sent ' +
  'to your approvers instead of being scheduled straight away.';
const hbNav = ['Knowledge Base', 'Academy', 'Community', 'Developers', 'Customer Support'];
const hbLangs = ['English', 'Deutsch', 'Español', 'Français', 'Italiano', '日本語', 'Nederlands', 'Português'];
const hbRelated = ['Connect your social accounts to HubSpot', 'Create and publish social posts', 'Analyze your social performance'];
const hbFoot = ['Legal Stuff', 'Privacy Policy', 'Security', 'Website Accessibility', 'Manage Cookies'];
const hbCookie = 'We use cookies to improve your experience on our website and to show you relevant content. You can change your choices at any time.';
const hbImg = (src: string, alt: string): string =>
  `<p><img src="https://knowledge.hubspot.com/hubfs/Knowledge_Base_2025/${src}" alt="${alt}" width="600" loading="lazy" ` +
  `style="width: 600px; margin-left: 0px; margin-right: auto; display: block;"></p>`;
const hbHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hbTitle}</title>
<meta name="description" content="Upload a spreadsheet of social posts and schedule them all at once."><link rel="canonical"
 href="https://knowledge.hubspot.com/social/schedule-social-posts-in-bulk">
<meta property="og:title" content="${hbTitle}"><meta name="twitter:card" content="summary">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${hbTitle}","dateModified":"2025-10-21",
"author":{"@type":"Organization","name":"HubSpot"},"articleSection":"Social"}</script>
<link rel="stylesheet" href="https://knowledge.hubspot.com/hs-fs/hub/53/hub_generated/template_assets/1/kb-article.min.css">
<style>.kb-callout{background:#fef8f0;border-left:4px solid #f5c26b;padding:12px 16px}</style></head>
<body class="kb-article-page hs-content-id-121948830224 hs-site-page page"><div class="body-wrapper">
<a class="skip-link" href="#main-content">Skip to content</a>
<header class="kb-header"><div class="kb-header__inner"><a class="kb-header__logo" href="https://www.hubspot.com"><img alt="HubSpot"
 src="/hubfs/HubSpot_Logos/HSLogo_color.svg" width="110"></a>
<a class="kb-header__title" href="/">Knowledge Base</a><nav class="kb-header__nav"
 aria-label="Site"><ul>${links(hbNav.slice(1), 'kb-header__nav-item')}</ul></nav>
<div class="kb-header__lang"><button type="button" aria-haspopup="true" aria-expanded="false">English</button><ul class="kb-header__lang-menu" hidden>
${hbLangs
  .slice(1)
  .map((t) => `<li><a href="#" lang="x">${t}</a></li>`)
  .join('')}</ul></div><a class="kb-header__login" href="https://app.hubspot.com/login">Log in</a></div>
<form class="kb-search" action="/search" role="search"><label for="kb-search-input" class="sr-only">Search the Knowledge Base</label>
<input id="kb-search-input" type="search" name="q" placeholder="Search"><button type="submit" aria-label="Search"></button></form></header>
<main id="main-content" class="kb-main"><div class="kb-article-wrapper"><nav class="kb-breadcrumbs" aria-label="Breadcrumb"><ol>
<li><a href="/">Knowledge Base</a></li><li><a href="/social">Social</a></li></ol></nav>
<article class="kb-article" data-article-id="121948830224"><header class="kb-article__header"><a class="kb-article__category" href="/social">Social</a>
<h1 class="kb-article__title">${hbTitle}</h1><p class="kb-article__updated">Last updated: <time datetime="2025-10-21">October 21, 2025</time></p>
<div class="kb-article__subscriptions"><p class="kb-article__subscriptions-title">Available with any of the following subscriptions, except where noted:</p>
<ul class="kb-product-list"><li class="kb-product kb-product--marketing"><span class="kb-product__name">Marketing Hub</span>&nbsp;<span
 class="kb-product__tiers">Professional, Enterprise</span></li></ul></div></header>
<div class="kb-article__body hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" id="hs_cos_wrapper_post_body"
 data-hs-cos-general-type="meta_field">
<p>${hbIntro}</p>
<div class="kb-callout"><p><strong>Please note:</strong> ${hbNote1}</p></div>
<h2 id="prepare-your-file" data-toc="true">${hbH1}</h2>
<p>${hbPrep}</p>
<ul>${hbCols.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${hbRule}</p>
${hbImg('social-bulk-template.png', 'social-bulk-template')}
<h2 id="upload-and-review-your-posts" data-toc="true">${hbH2}</h2>
<ol>${hbSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${hbImg('social-bulk-errors.png', 'social-bulk-errors')}
<p>${hbAfter}</p>
<h2 id="associate-posts-with-a-campaign" data-toc="true">${hbH3}</h2>
<p>${hbCampaign}</p>
<div class="kb-callout"><p><strong>Please note:</strong> ${hbNote2}</p></div>
<p>&nbsp;</p></div>
<section class="kb-feedback" aria-labelledby="kb-feedback-title"><h2 id="kb-feedback-title" class="kb-feedback__title">Was this article helpful?</h2>
<div class="kb-feedback__buttons"><button type="button" data-helpful="yes">Yes</button><button type="button" data-helpful="no">No</button></div>
<p class="kb-feedback__disclaimer">This form is used for documentation feedback only. <a href="/help-and-resources/get-help-with-hubspot">Learn how to get help
 with HubSpot</a>.</p></section></article>
<aside class="kb-related" aria-labelledby="kb-related-title"><h2
 id="kb-related-title">Related articles</h2><ul>${links(hbRelated, 'kb-related__item')}</ul></aside>
</div></main>
<footer class="kb-footer"><p class="kb-footer__copyright">Copyright © 2026 HubSpot, Inc.</p><ul class="kb-footer__links">${links(hbFoot)}</ul></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hbCookie}</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-cookie-settings-button" role="button">Cookie Settings</a>
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
 role="button">Decline</a>
</div></div></div>
<!-- Start of HubSpot Embed Code --><script type="text/javascript" id="hs-script-loader" async defer
 src="//js.hs-scripts.com/53.js"></script><!-- End of HubSpot Embed Code -->
<script>var hsVars = {"page_id":121948830224,"content_group_id":0,"portal_id":53,"app_hs_base_url":"https://app.hubspot.com","language":"en"};</script>
</body></html>`;
export const hubspotKb: TestPage = {
  html: hbHtml,
  name: 'heldout70-hubspot-kb-article',
  kind: 'docs',
  // the three h2 are the headings; intro, the two "Please note:" paragraphs (the label in neither list), lists and paragraphs
  // are body; the date after "Last updated:" is the byline (the label in neither); the subscriptions box is furniture, the
  // article's applicability record as on the Salesforce and Microsoft pages; the category chip and breadcrumb "Social" is a word
  // of a short step ("Marketing > Social"): left out; header, language menu, search label, the feedback block, related articles,
  // footer and the cookie banner are furniture ("Knowledge Base" once)
  title: hbTitle,
  headings: [hbH1, hbH2, hbH3],
  body: texts([hbIntro, hbNote1, hbPrep, ...hbCols, hbRule, ...hbSteps, hbAfter, hbCampaign, hbNote2]),
  bylines: ['October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hbNav, ...hbLangs, 'Log in', 'Search the Knowledge Base', 'Available with any of the following subscriptions, except where noted:',
    'Marketing Hub', 'Professional, Enterprise', 'Was this article helpful?', 'Yes', 'No',
    'This form is used for documentation feedback only. Learn how to get help with HubSpot.', 'Related articles', ...hbRelated,
    'Copyright © 2026 HubSpot, Inc.', ...hbFoot, hbCookie, 'Cookie Settings', 'Accept', 'Decline',
  ],
};
