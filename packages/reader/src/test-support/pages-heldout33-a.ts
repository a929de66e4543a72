import { links, type TestPage, texts } from './page-kit.js';
import { intercomArticle } from './pages-heldout33-a2.js';

/**
 * Held-out batch 33, file a: a Zendesk Guide help-center article on the Copenhagen theme (skip link, logo, user nav with
 * "Submit a request" and "Sign in", the mobile menu copy, breadcrumbs, search box, the collapsible "Articles in this section"
 * sidebar, author avatar and meta with "Updated", "Follow" button, the article body with an image and a bold "Note:" paragraph,
 * share icons, comment count, "Was this article helpful?" votes, "Have more questions?", "Return to top", recently viewed and
 * related articles, the comments block, a OneTrust cookie banner, the footer and the Web Widget snippet).
 */
const zdTitle = 'Split an invoice between two payers';
const zdIntro = [
  'Some jobs are paid by more than one party. A landlord may cover the call-out fee while the tenant pays for parts, or an insurer ' +
    'may settle most of a repair and leave the excess to the homeowner. Pipewell lets you split a single invoice so that each payer ' +
    'receives their own copy showing only the lines they owe.',
  'Splitting keeps the job record in one place. Your technician still sees a single visit, and your reports still count the job ' +
    'once, but payments are tracked separately for each payer until both portions are settled.',
];
const zdH1 = 'Before you start';
const zdBefore =
  'You need the <strong>Billing admin</strong> or <strong>Office manager</strong> role to split invoices. The invoice must be in ' +
  'Draft or Sent status. An invoice cannot be split once any payment has been recorded against it, so issue a credit note first ' +
  'if a customer has paid part of it by mistake.';
const zdReqs = [
  'Both payers must exist as contacts on the job. Add the second payer from the job’s <strong>Contacts</strong> tab if they are missing.',
  'Each payer needs a billing email address, because split invoices are always sent by email.',
  'Tax settings apply per line, so check that every line has the right tax code before splitting.',
];
const zdH2 = 'Split the invoice';
const zdSteps = [
  'Open the job and go to the <strong>Invoice</strong> tab.',
  'Click <strong>More actions</strong>, then choose <strong>Split between payers</strong>.',
  'Select the second payer from the dropdown. The first payer defaults to the job’s main contact.',
  'For each line, choose who pays it, or enter a percentage to share a line between both payers.',
  'Review the two totals at the bottom of the panel, then click <strong>Create split invoices</strong>.',
];
const zdAfter =
  'Pipewell creates two invoices numbered with the original number plus a letter, for example INV-2291-A and INV-2291-B. The ' +
  'original draft is archived and linked from both new invoices so you can always trace where they came from.';
const zdNote =
  'Percentage splits are rounded to the nearest cent on each line. Any leftover cent is added to the first payer’s invoice so the ' +
  'two totals always match the original.';
const zdH3 = 'Undo a split';
const zdUndo = [
  'If you split an invoice by mistake, open either of the new invoices and choose <strong>More actions &gt; Merge split invoices</strong>. ' +
    'This works only while neither invoice has a payment recorded against it. The two invoices are voided and the original draft is ' +
    'restored with its lines unchanged.',
  'Merging does not send anything to your customers. If you had already emailed the split invoices, let both payers know that the ' +
    'earlier copies have been withdrawn.',
];
const zdSection = [
  'Create and send an invoice',
  'Add a deposit to a quote',
  'Set up late payment reminders',
  'Create a credit note for a paid invoice',
  'Change the invoice number format',
];
const zdRecent = ['Connect Pipewell to Xero', 'Invite a technician to your account'];
const zdRelated = ['Record a partial payment', 'Invoice an insurance company', 'Why does my invoice total differ from the quote?'];
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
  <meta charset="utf-8" />
  <!-- v26880 -->
  <title>${zdTitle} &ndash; Pipewell Help Center</title>
  <meta content="Some jobs are paid by more than one party. A landlord may cover the call-out fee while the tenant pays for parts..." name="description" />
  <meta property="og:type" content="website" />
  <meta property="og:site_name" content="Pipewell Help Center" />
  <meta property="og:title" content="${zdTitle}" />
  <meta property="og:url" content="https://help.pipewell.example/hc/en-us/articles/28841092734611-Split-an-invoice-between-two-payers" />
  <link rel="canonical" href="https://help.pipewell.example/hc/en-us/articles/28841092734611-Split-an-invoice-between-two-payers">
  <link rel="alternate" hreflang="en-us" href="https://help.pipewell.example/hc/en-us/articles/28841092734611-Split-an-invoice-between-two-payers">
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-f34d73e002337ab267a13449ad9d7955.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="//theme.zdassets.com/theme_assets/10923847/5f0c1a7e2b.css" />
  <link rel="icon" type="image/x-icon" href="//theme.zdassets.com/theme_assets/10923847/favicon.png" />
  <script>
  window.HelpCenter = {};
  HelpCenter.account = {"subdomain":"pipewell","environment":"production","name":"Pipewell"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d","email":null,"name":"","role":"anonymous",
    "avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png",
    "is_admin":false,"organizations":[],"groups":[]};
  HelpCenter.internal = {"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js",
    "current_session":{"locale":"en-us","csrf_token":null,"shared_csrf_token":null},"settings":{"zopim_enabled":false,
    "spam_filter_enabled":true},"has_community_enabled":false,"has_multi_language_help_center":false,"mobile_device":false,
    "mobile_site_enabled":false,"show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_end_user_attachments":true,
    "user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_brand_support":false,"has_guide_user_segments":true,
    "has_answer_bot_web_form_enabled":false};
  </script>
  <script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-2a5d1c5f0e7b.js"></script>
  <script type="text/javascript" src="//theme.zdassets.com/theme_assets/10923847/2c1b7e0d.js"></script>
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0f4b2c77-1d8e-4a5c-9a2e-7be3f0c21a44" charset="UTF-8"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header">
  <div class="logo">
    <a title="Home" href="/hc/en-us">
      <img src="//theme.zdassets.com/theme_assets/10923847/pipewell-logo.svg" alt="Pipewell Help Center home page"></a></div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="User navigation">
      <ul class="user-nav-list">
        <li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul></nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button"
 href="/hc/en-us/signin?return_to=https%3A%2F%2Fhelp.pipewell.example%2Fhc%2Fen-us%2Farticles%2F28841092734611">
        Sign in</a></div>
  <div class="nav-wrapper-mobile">
    <button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
      <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu">
        <path fill="none" stroke="currentColor" stroke-linecap="round" d="M1.5 3.5h13m-13 4h13m-13 4h13"/></svg></button>
    <nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false">
      <ul class="menu-list-mobile-items">
          <li class="item">
            <a role="menuitem" rel="nofollow" data-auth-action="signin" title="Opens a dialog" href="/hc/en-us/signin">Sign in</a></li>
          <li class="nav-divider"></li>
        <li class="item"><a class="submit-a-request" role="menuitem" href="/hc/en-us/requests/new">Submit a request</a></li>
        <li class="nav-divider"></li></ul></nav></div></header>
  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Current location">
  <ol class="breadcrumbs">
      <li title="Pipewell Help Center"><a href="/hc/en-us">Pipewell Help Center</a></li>
      <li title="Billing and payments"><a href="/hc/en-us/categories/360004118872-Billing-and-payments">Billing and payments</a></li>
      <li title="Invoices"><a href="/hc/en-us/sections/360008823451-Invoices">Invoices</a></li></ol></nav>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true">
        <circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/><path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/></svg>
      <form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8"
 value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form>
    </div></div>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
            <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"
 class="collapsible-sidebar-toggle-icon chevron-icon"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9
 4.5"/></svg></button>
          <span id="section-articles-title" class="collapsible-sidebar-title sidenav-title">
            Articles in this section</span>
          <div class="collapsible-sidebar-body">
            <ul>
                <li><a href="/hc/en-us/articles/28840011230011-Create-and-send-an-invoice" class="sidenav-item ">${zdSection[0]}</a></li>
                <li><a href="/hc/en-us/articles/28841092734611-Split-an-invoice-between-two-payers" class="sidenav-item current-article">${zdTitle}</a></li>
${zdSection
  .slice(1)
  .map((t, i) => `                <li><a href="/hc/en-us/articles/2884${i}77310${i}2" class="sidenav-item ">${t}</a></li>`)
  .join('\n')}</ul>
              <a href="/hc/en-us/sections/360008823451-Invoices" class="article-sidebar-item">See more</a></div></div></aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="${zdTitle}" class="article-title">
          ${zdTitle}
        </h1>
        <div class="article-author">
            <div class="avatar article-avatar">
                <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="icon-agent"
 aria-hidden="true"><path fill="currentColor" d="M6 0C2.7 0 0 2.7 0 6s2.7 6 6 6 6-2.7 6-6-2.7-6-6-6z"/></svg>
              <img src="https://help.pipewell.example/system/photos/1500029182921/marisol.png" alt="" class="user-avatar"/></div>
          <div class="article-meta">
              <a href="/hc/en-us/profiles/1500082210431-Marisol-Ferreira">
                Marisol Ferreira</a>
            <ul class="meta-group">
                <li class="meta-data"><time datetime="2025-01-28T14:06:33Z" title="2025-01-28T14:06:33Z" data-datetime="relative">
 January 28, 2025 14:06</time></li>
                <li class="meta-data">Updated</li></ul></div></div>
          <a class="article-subscribe" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
 href="/hc/en-us/articles/28841092734611/subscription.html">Follow</a></header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body"><p>${zdIntro[0]}</p>
<p>${zdIntro[1]}</p>
<h2 id="h_01JJQ3W8Y2R5K0M4T7B1C9D6EF">${zdH1}</h2>
<p>${zdBefore}</p>
<ul>
${zdReqs.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h2 id="h_01JJQ3WB4N8P2S6V9X3Z5A7C1G">${zdH2}</h2>
<ol>
${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<p><img src="/hc/article_attachments/28841116622995" alt="split-panel.png" width="640" height="402"></p>
<p>${zdAfter}</p>
<p class="wysiwyg-color-blue"><strong>Note:</strong> ${zdNote}</p>
<h2 id="h_01JJQ3WE7Q1T4W8Y2B6D9F3H5K">${zdH3}</h2>
<p>${zdUndo[0]}</p>
<p>${zdUndo[1]}</p></div>
        </div></section>
      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
    <li><a href="https://www.facebook.com/share.php?title=Split+an+invoice+between+two+payers&amp;u=https%3A%2F%2Fhelp.pipewell.example%2Fhc%2Fen-us%2F"
 class="share-facebook" aria-label="Facebook"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12"
 aria-label="Share this page on Facebook"><path fill="currentColor" d="M6 0a6 6 0 01.813 11.945V7.63h1.552l.244-1.585H6.812v-.867c0-.658.214-1.242.827-1.242
h.985V2.55c-.173-.024-.538-.075-1.23-.075-1.444 0-2.29.767-2.29 2.513v1.055H3.618v1.585h1.484v4.304A6.001 6.001 0 016 0z"/></svg></a></li>
    <li><a href="https://twitter.com/share?lang=en&amp;text=Split+an+invoice+between+two+payers" class="share-twitter" aria-label="X Corp"><svg
 xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-label="Share this page on X Corp"><path
 fill="currentColor" d="M.0763914 0 3.60864 0 6.5 3.9 9.5 0H11L7.2 4.8 12 12H8.5L5.4 7.8 2 12H.5L4.7 6.9z"/></svg></a></li>
    <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=Pipewell&amp;title=Split+an+invoice+between+two+payers" class="share-linkedin"
 aria-label="LinkedIn"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12"
 aria-label="Share this page on LinkedIn"><path fill="currentColor"
 d="M10.8 0H1.2C.5 0 0 .5 0 1.2v9.6c0 .7.5 1.2 1.2 1.2h9.6c.7 0 1.2-.5 1.2-1.2V1.2C12 .5 11.5 0 10.8 0z"/></svg></a></li>
  </ul></div>
            <div class="article-comment-count">
              <a href="#article-comments" class="article-comment-count-link">
                <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="article-comment-count-icon"
 aria-hidden="true"><path fill="none" stroke="currentColor" d="M1 .5h14c.3 0 .5.2.5.5v10c0 .3-.2.5-.5.5H6l-3.1 3.4c-.2.2-.5 0-.5-.2v-2.7c0-.3-.2-.5-.5-.5H1C.7
 11.5.5 11.3.5 11V1C.5.7.7.5 1 .5z"/></svg>
                0</a></div></div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-helper="vote" data-item="article" data-type="up" data-id="28841092734611"
 data-upvote-count="12" data-vote-count="15" data-vote-sum="9" data-vote-url="/hc/en-us/articles/28841092734611/vote" data-value="null"
 data-label="12 out of 15 found this helpful" data-selected-class="button-primary" aria-label="This article was helpful" aria-pressed="false">Yes</button>
              <button type="button" class="button article-vote article-vote-down" data-helper="vote" data-item="article" data-type="down"
 data-id="28841092734611" data-upvote-count="12" data-vote-count="15" data-vote-sum="9" data-vote-url="/hc/en-us/articles/28841092734611/vote"
 data-value="null" data-label="12 out of 15 found this helpful" data-selected-class="button-primary" aria-label="This article was not helpful"
 aria-pressed="false">No</button></div>
            <small class="article-votes-count">
              <span class="article-vote-label" data-helper="vote" data-item="article" data-type="label" data-id="28841092734611"
 data-label="12 out of 15 found this helpful">12 out of 15 found this helpful</span></small></div>
        <div class="article-more-questions">
          Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
        <div class="article-return-to-top">
          <a href="#article-container">
            Return to top
            <svg xmlns="http://www.w3.org/2000/svg" class="article-return-to-top-icon" width="20" height="20" focusable="false" viewBox="0 0 12 12"
 aria-hidden="true"><path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/></svg></a></div></footer>
      <div class="article-relatives">
          <div data-recent-articles><section class="recent-articles"><h2>Recently viewed articles</h2><ul>
${links(zdRecent)}
</ul></section></div>
          <div data-related-articles><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>
${links(zdRelated)}
</ul></section></div></div>
        <div class="article-comments" id="article-comments">
          <section class="comment-overview">
            <h2 class="comment-heading">Comments</h2>
            <p class="comment-callout">0 comments</p></section>
          <p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-us/signin">sign in</a> to leave a comment.</p></div>
    </article></div></div></main>
  <footer class="footer">
  <div class="footer-inner">
    <a title="Home" href="/hc/en-us">Pipewell Help Center</a>
    <div class="footer-language-selector"></div>
    <a class="powered-by-zendesk"
 href="https://www.zendesk.com/service/help-center/?utm_source=helpcenter&amp;utm_medium=poweredbyzendesk&amp;utm_campaign=text&amp;utm_content=Pipewell"
 target="_blank" rel="nofollow">Powered by Zendesk</a></div></footer>
  <!-- / -->
  <div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat
 vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text"><div
 class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy"><div
 id="onetrust-policy-text">We use cookies to keep this help center running and to see which articles people read. <a
 href="https://pipewell.example/legal/cookies" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">
 Cookie Policy</a></div></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button
 id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">
 Accept All Cookies</button></div></div></div></div></div></div></div>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=4c8e1f0a-77b2-4d1e-93a5-2f6e0b8d9c31"></script>
  <script type="text/javascript">
  (function() {
    var script = document.createElement('script');
    script.src = '//static.zdassets.com/hc/assets/locales/en-us.3fd0b0e2.js';
    document.head.appendChild(script);
  })();</script></body>
</html>`;
const zendesk: TestPage = {
  html: zdHtml,
  name: 'heldout33-zendesk-guide-article',
  kind: 'docs',
  // the three h2 are the headings; the intro, the requirement paragraph and list, the numbered steps, the paragraph after the
  // screenshot, the bold "Note:" paragraph (its label in neither list) and the two undo paragraphs are body; the author, the date
  // and the "Updated" marker beside it are bylines; the sidebar entry for this very article repeats the title (left out); the
  // vote widget, share icons (text-less), comment counts, "Have more questions?", "Return to top", recent and related lists, the
  // comments block, header, breadcrumbs, cookie banner and footer are furniture; "0" comment count and the "Invoices" crumb
  // (a word of body sentences) are left out
  title: zdTitle,
  headings: [zdH1, zdH2, zdH3],
  body: [...texts(zdIntro), ...texts([zdBefore]), ...texts(zdReqs), ...texts(zdSteps), ...texts([zdAfter, zdNote]), ...texts(zdUndo)],
  bylines: ['Marisol Ferreira', 'January 28, 2025 14:06', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Pipewell Help Center', 'Billing and payments', 'Articles in this section', ...zdSection,
    'See more', 'Follow', 'Was this article helpful?', 'Yes', 'No', '12 out of 15 found this helpful', 'Have more questions?', 'Return to top',
    'Recently viewed articles', ...zdRecent, 'Related articles', ...zdRelated, 'Comments', '0 comments', 'Please sign in to leave a comment.',
    'Powered by Zendesk', 'We use cookies to keep this help center running and to see which articles people read.', 'Cookie Policy',
    'Cookies Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT33_A: readonly TestPage[] = [zendesk, intercomArticle];
