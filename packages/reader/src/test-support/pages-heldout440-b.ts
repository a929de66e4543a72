import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout440-kit.js';

/**
 * Held-out batch 440, file b: a There's An AI For That-style tool entry (a product page: task label, star rating and
 * counts, visit button, description, feature and pros / cons lists, pricing, user reviews, alternatives rail, daily
 * digest sign-up) and a prompt library page built in Webflow (w-nav, w-richtext, prompt boxes with copy buttons from a
 * w-embed, a collection list of related packs, a w-form newsletter and the Made in Webflow badge).
 */
const aiTitle = 'Quillstone';
const aiDesc = [
  j(
    'Quillstone turns voice memos from site visits into structured inspection notes. Field engineers record a walk-through on',
    'their phone, and the app returns a report with findings, photos matched to the moments they were taken, and follow-up tasks.',
  ),
  j(
    'It was built by a small team in Lyngby for wind-farm maintenance crews and has since been adopted by building surveyors and',
    'lift inspectors. Notes can be exported to PDF or pushed into a ticketing tool, and every finding links back to the audio.',
  ),
];
const aiFeatures = [
  'Transcribes noisy outdoor recordings, including wind and machinery noise, in nine languages',
  'Sorts findings by severity using a checklist you upload, such as your own inspection template',
  'Matches photos to findings by timestamp and location',
  'Works offline and syncs when the phone is back on a network',
  'Exports to PDF, CSV and three common ticketing tools',
];
const aiPros = ['Handles jargon and part numbers well', 'Offline mode is reliable', 'Reports are editable before export'];
const aiCons = ['No desktop recorder', 'Checklist import only accepts spreadsheets', 'Team plan needs five seats or more'];
const aiPricing = [
  j(
    'Quillstone has a free plan with five reports a month. The Pro plan costs $19 per user per month and removes the limit;',
    'the Team plan adds shared checklists and single sign-on at $15 per seat per month, billed yearly, with a five-seat minimum.',
  ),
];
const aiWho = [
  j(
    'Quillstone suits crews who inspect the same kind of asset again and again and already work from a fixed checklist. The',
    'more consistent the template, the better the severity sorting gets, because the model learns which phrases your team uses',
    'for a hairline crack and which for a failed bolt. Offices that mostly write free-form reports will get less from it: the',
    'transcription is good, but the structure is where the time is saved.',
  ),
];
const aiReviews = [
  'We replaced clipboard notes on two turbine sites. The photo matching alone saves an hour a day.',
  'Good transcription, but the checklist import broke on our merged cells. Support fixed it within a day.',
];
const aiNav = ['Just released', 'Most saved', 'Leaderboard', 'Mini tools', 'Submit a tool', 'Advertise'];
const aiAlts = ['FieldLark', 'Inspecto Notes', 'SiteScribe', 'Tallyvoice'];
const aiFoot = ['About', 'Contact', 'Terms', 'Privacy policy', 'Sitemap'];
const aiHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quillstone - AI tool for inspection notes - There's An AI For That®</title>
<meta name="description" content="Quillstone turns voice memos from site visits into structured inspection notes.">
<meta property="og:title" content="Quillstone - There's An AI For That"><meta property="og:type" content="website">
<link rel="canonical" href="https://theresanaiforthat.com/ai/quillstone/"><link rel="stylesheet" href="/css/main.min.css?v=6.12">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Quillstone",
"applicationCategory":"BusinessApplication","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","ratingCount":"38"},
"offers":{"@type":"Offer","price":"0","priceCurrency":"USD"}}</script>
<script>window.taaft = {page: "ai", ai_id: 48211, logged: false};</script></head>
<body class="single_ai"><div id="cookie_bar" class="cookie_bar"><span>This site uses cookies to analyse traffic and remember your preferences.</span>
<button class="cookie_accept">Got it</button></div>
<header id="header"><a href="/" class="logo" title="There's An AI For That">There's An AI For That</a>
<form id="search_form" action="/search/"><input type="text" name="q" placeholder="Search 31,402 AIs for 16,880 tasks"></form>
<nav id="nav"><ul>${links(aiNav, 'nav_item')}</ul></nav><a href="/login/" class="login_button">Sign in</a></header>
<div id="main"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/task/inspection-notes/">Inspection notes</a> › <span>Quillstone</span></div>
<div class="ai_top"><div class="icon_wrap"><img src="/icons/quillstone.png" alt="Quillstone icon" class="taaft_icon"></div>
<div class="title_wrap"><h1 class="title_inner">${aiTitle}</h1><a class="task_label" href="/task/inspection-notes/">Inspection notes</a>
<div class="rating_top"><span class="stars" data-rating="4.6">★★★★★</span><span class="rating_value">4.6</span>
<a href="#ratings" class="ratings_count">38 ratings</a></div>
<div class="stats"><span class="stats_views">12,906 views</span><span class="saves">1,204 saves</span></div>
<div class="released">Added on <time datetime="2026-03-04">Mar 4, 2026</time></div></div>
<div class="ai_top_buttons"><a class="visit_ai_website_link ai_link" href="https://quillstone.example/?ref=taaft" rel="nofollow">Use tool</a>
<button class="save_button">Save</button><button class="share_button">Share</button></div></div>
<div class="ai_content"><div class="description">
${ps(aiDesc)}
<h2>Features</h2><ul>${aiFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="pros_cons"><div class="pros"><h3>Pros</h3><ul>${aiPros.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<div class="cons"><h3>Cons</h3><ul>${aiCons.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<h2>Who it is for</h2>${ps(aiWho)}
<h2>Pricing</h2>${ps(aiPricing)}</div>
<div class="promo_box sponsored"><span class="ad_label">Sponsored</span><a href="/sponsor/loomline/">Loomline: turn any meeting into a task list</a></div>
<div id="ratings" class="ratings_section"><h2 class="section_title">Ratings &amp; reviews</h2>
<div class="rating_summary"><span class="rating_big">4.6</span><span>out of 5 from 38 ratings</span></div>
<div class="comments"><div class="comment"><div class="comment_head"><span class="user_name">Henrik Alsvik</span>
<span class="comment_rating">5.0</span><span class="comment_date">Mar 11, 2026</span></div><div class="comment_body">${aiReviews[0] ?? ''}</div>
<button class="upvote_comment">Helpful</button></div>
<div class="comment"><div class="comment_head"><span class="user_name">Odile Marchetti</span><span class="comment_rating">4.0</span>
<span class="comment_date">Mar 19, 2026</span></div><div class="comment_body">${aiReviews[1] ?? ''}</div>
<button class="upvote_comment">Helpful</button></div></div>
<a class="leave_review" href="#review_form">Leave a review</a></div></div>
<aside class="sidebar"><div class="alternatives"><h2 class="section_title">Quillstone alternatives</h2><ul>${links(aiAlts, 'alt_item')}</ul>
<a href="/task/inspection-notes/" class="view_all">View all 14 alternatives</a></div>
<div class="newsletter_box"><p class="nl_title">Get the daily AI digest</p><p>Join 1.8M readers of the TAAFT newsletter.</p>
<form class="newsletter_form"><input type="email" placeholder="Your email"><button>Subscribe</button></form></div></aside></div>
<footer id="footer"><ul>${links(aiFoot)}</ul><p class="copyright">© 2026 There's An AI For That</p></footer>
<script src="/js/main.min.js?v=6.12" defer></script></body></html>`;

const aiPage: TestPage = {
  name: 'heldout440-taaft-tool-entry-blog',
  kind: 'blog',
  html: aiHtml,
  title: aiTitle,
  headings: ['Features', 'Pros', 'Cons', 'Who it is for', 'Pricing'],
  body: [...texts(aiDesc), ...aiFeatures, ...aiPros, ...aiCons, ...texts(aiWho), ...texts(aiPricing)],
  bylines: ['Added on Mar 4, 2026'],
  furniture: [
    'This site uses cookies to analyse traffic and remember your preferences.',
    'Got it',
    ...aiNav,
    'Sign in',
    'Home',
    'Inspection notes',
    '38 ratings',
    '12,906 views',
    '1,204 saves',
    'Use tool',
    'Save',
    'Share',
    'Sponsored',
    'Loomline: turn any meeting into a task list',
    'Ratings & reviews',
    'out of 5 from 38 ratings',
    'Henrik Alsvik',
    'Mar 11, 2026',
    ...aiReviews,
    'Helpful',
    'Odile Marchetti',
    'Mar 19, 2026',
    'Leave a review',
    'Quillstone alternatives',
    ...aiAlts,
    'View all 14 alternatives',
    'Get the daily AI digest',
    'Join 1.8M readers of the TAAFT newsletter.',
    'Subscribe',
    ...aiFoot,
    "© 2026 There's An AI For That",
  ],
};

const wfTitle = 'Six prompts for release notes people actually read';
const wfIntro = [
  j(
    'Release notes are the one piece of writing every software team ships and almost nobody enjoys producing. The raw material is',
    'usually a list of merged pull requests, and the reader wants to know only what changed for them and whether they need to act.',
  ),
  j(
    'The prompts below work with any capable chat assistant. Paste your change list where the brackets say so, and keep the',
    'output short: the best release note we tested was under 200 words.',
  ),
];
const wfPrompts: { h: string; prompt: string; why: string }[] = [
  {
    h: '1. Sort changes by who they affect',
    prompt: j(
      'Here is a list of merged changes: [paste list]. Group them under three headings: "For everyone", "For admins" and',
      '"For developers". Drop internal refactors. Write each item as one sentence that starts with a verb.',
    ),
    why: 'Readers skim for their own role. Grouping by audience does more for readability than any amount of polish.',
  },
  {
    h: '2. Turn a ticket title into a benefit',
    prompt: j(
      'Rewrite each of these ticket titles as a plain sentence that says what the user can now do or no longer has to do:',
      '[paste titles]. Do not use the words "improved", "enhanced" or "various".',
    ),
    why: 'Banning three vague words forces the model to name the actual change.',
  },
  {
    h: '3. Flag breaking changes',
    prompt: j(
      'From this change list, pick out anything that could break an existing setup: renamed settings, removed endpoints, new',
      'required fields. For each, write what breaks and the one step to fix it. [paste list]',
    ),
    why: 'A separate pass for breaking changes catches what a summary prompt tends to smooth over.',
  },
  {
    h: '4. Write the headline',
    prompt: 'Given these release notes, write five possible headlines of at most eight words, each naming one concrete change. [paste notes]',
    why: 'Five options are enough to find one you like, and the word limit keeps them from turning into slogans.',
  },
];
const wfOutro = [
  j(
    'Whatever the prompt, read the result against the change list before you publish. Models will happily invent a feature that',
    'sounds like the ones around it, and a release note that promises something you did not ship costs more trust than it earns.',
  ),
];
const wfNav = ['Prompt packs', 'Guides', 'Tools', 'Pricing', 'Log in'];
const wfTags = ['Writing', 'Product', 'ChatGPT', 'Claude'];
const wfRelated = ['Prompts for writing changelogs from commit messages', 'Prompts for support macros that sound human', 'Prompts for product FAQs'];
const wfFoot = ['Prompt packs', 'Newsletter', 'Contact', 'Privacy', 'Terms'];
const box = (p: { h: string; prompt: string; why: string }, i: number): string => `<div class="prompt-card">
<h3 class="prompt-heading">${p.h}</h3><div class="prompt-box w-embed"><div class="prompt-text" id="prompt-${i}">${p.prompt}</div>
<button class="copy-button" data-copy-target="prompt-${i}" onclick="copyPrompt(this)">Copy prompt</button></div>
<div class="prompt-why w-richtext"><p>${p.why}</p></div></div>`;
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Thu Apr 02 2026 09:14:55 GMT+0000 -->
<html data-wf-domain="www.promptshelf.example" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a00"
data-wf-collection="65f1a2b3c4d5e6f708192a55" data-wf-item-slug="release-notes"><head><meta charset="utf-8">
<title>Six prompts for release notes people actually read | Promptshelf</title>
<meta content="Copy-ready prompts for turning a list of merged changes into release notes." name="description">
<meta content="Six prompts for release notes people actually read" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets.website-files.example/65f1/css/promptshelf.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script>function copyPrompt(b){navigator.clipboard.writeText(document.getElementById(b.dataset.copyTarget).innerText);b.innerText="Copied!";}</script></head>
<body class="body-prompt">
<div class="fs-cc-banner_component"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your
device to enhance site navigation and analyze site usage.</div><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_text-link">Deny</a></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets.website-files.example/65f1/logo.svg" alt="Promptshelf"></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${wfNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-hero"><div class="container w-container"><div class="breadcrumb"><a href="/prompt-packs" class="breadcrumb-link">All packs</a>
<div class="breadcrumb-divider">/</div><a href="/category/writing" class="breadcrumb-link">Writing</a></div>
<h1 class="heading-prompt">${wfTitle}</h1><div class="meta-wrap"><div class="author-text">Written by Marisol Teague</div>
<div class="date-text">Updated April 2, 2026</div><div class="read-time">4 min read</div></div>
<div class="tag-list w-dyn-list"><div role="list" class="w-dyn-items">${wfTags
  .map(
    (t) => `<div role="listitem" class="w-dyn-item">
<a href="/tag/${t.toLowerCase()}" class="tag-pill">${t}</a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section-content"><div class="container w-container"><div class="content-grid">
<div class="intro-rich w-richtext">${ps(wfIntro)}</div>
${wfPrompts.map(box).join('\n')}
<div class="outro-rich w-richtext"><h2>Before you publish</h2>${ps(wfOutro)}</div></div>
<div class="newsletter-block"><h4 class="newsletter-heading">Get five new prompts every Friday</h4><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get"><input class="text-field w-input" maxlength="256"
name="email" placeholder="you@company.com" type="email" required=""><input type="submit" value="Subscribe" class="submit-button w-button"></form>
<div class="w-form-done"><div>Thank you! You're on the list.</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong.</div></div></div></div>
<div class="related-packs"><h4>More writing packs</h4><div class="w-dyn-list"><div role="list" class="w-dyn-items">
${wfRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item">
<a href="/packs/${t.length}" class="related-link">${t}</a></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-links">${links(wfFoot)}</div>
<div class="footer-copy">© 2026 Promptshelf. All prompts free to use.</div>
</div></footer><a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs">
<img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-icon.svg"
alt="">Made in Webflow</a>
<script src="https://assets.website-files.example/65f1/js/webflow.js" type="text/javascript"></script></body></html>`;

const wfPage: TestPage = {
  name: 'heldout440-webflow-prompt-library-blog',
  kind: 'blog',
  html: wfHtml,
  title: wfTitle,
  headings: [...wfPrompts.map((p) => p.h), 'Before you publish'],
  body: [...texts(wfIntro), ...wfPrompts.flatMap((p) => [p.prompt, p.why]), ...texts(wfOutro)],
  bylines: ['Written by Marisol Teague', 'Updated April 2, 2026', '4 min read'],
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.',
    'Accept',
    'Deny',
    ...wfNav,
    'All packs',
    'Writing',
    ...wfTags.filter((t) => t !== 'Writing'),
    'Copy prompt',
    'Get five new prompts every Friday',
    "Thank you! You're on the list.",
    'Oops! Something went wrong.',
    'More writing packs',
    ...wfRelated,
    ...wfFoot.filter((t) => t !== 'Prompt packs'),
    '© 2026 Promptshelf. All prompts free to use.',
    'Made in Webflow',
  ],
};

export const HELDOUT440_B: readonly TestPage[] = [aiPage, wfPage];
