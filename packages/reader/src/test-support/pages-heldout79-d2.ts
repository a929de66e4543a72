import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 79, file d2: a Notion help centre article (the cookie banner, the global navigation with "Request a demo",
 * "Log in" and "Get Notion free", the help centre bar with its search, the category sidebar, breadcrumbs, a plan callout at
 * the top of the text and a tip callout inside it, figures with captions, the "In this article" TOC, the FAQ accordion with
 * questions as headings, "Was this resource helpful?", "Still have more questions? Message support", the related-articles
 * rail and the big footer with its language picker).
 */
const nnTitle = 'Set review reminders for wiki pages';
const nnPlan = 'Review reminders are available on the Business and Enterprise Plans.';
const nnIntro = [
  'Wiki pages go stale quietly. A review reminder asks a page’s owner to look at the page again after a set time and either ' +
    'confirm that it’s still correct or update it. Until someone reviews it, the page shows a small <strong>Needs review</strong> ' +
    'label next to its title, so readers know to treat it with care.',
];
const nnTurnOn = [
  'Open a page in a wiki and select <strong>•••</strong> at the top right.',
  'Select <strong>Review reminders</strong> and choose an interval: every 30 days, 90 days, 6 months or a custom date.',
  'Choose who receives the reminder. By default it goes to the page’s owner, but you can add up to five people or a group.',
];
const nnTurnOn2 = [
  'You can set a reminder for many pages at once from the wiki’s database view. Select the pages, open the action bar and choose ' +
    '<strong>Set review reminder</strong>. The new interval replaces any interval the pages already had.',
];
const nnTip = 'Tip: Pick a short interval for pages that describe tools or prices, and a long one for pages on policies that rarely change.';
const nnReview = [
  'When a reminder is due, the recipients get a notification in their inbox and, if they turned on email notifications, an email. ' +
    'Opening the page shows a banner with two buttons: <strong>Mark as reviewed</strong> and <strong>Edit page</strong>.',
  'Marking the page as reviewed restarts the interval and removes the label. Editing the page doesn’t count as a review by ' +
    'itself, because a small edit to one section says nothing about the rest of the page.',
];
const nnFaq: [string, string][] = [
  [
    'What happens to reminders when the owner leaves the workspace?',
    'The reminders go to the workspace owners instead, who can pick a new page owner from the page’s menu.',
  ],
  ['Can guests review pages?', 'No. Guests can see the Needs review label but can’t mark a page as reviewed, even if they have full access to it.'],
];
const nnH = ['Turn on review reminders', 'Review a page', 'FAQs', ...nnFaq.map(([q]) => q)];
const nnNav = ['Product', 'Download', 'Solutions', 'Resources', 'Pricing', 'Request a demo', 'Log in', 'Get Notion free'];
const nnSide = ['Getting started', 'Write & edit', 'Databases', 'Sharing & collaboration', 'Wikis', 'Notion AI', 'Account & billing'];
const nnCrumbs = ['Help Center', 'Sharing & collaboration', 'Wikis'];
const nnRelated = ['Wikis and verified pages', 'Page owners and permissions', 'Notifications & settings'];
const nnFootCols: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Security', 'Status', 'Terms & privacy', 'Your privacy rights']],
  ['Download', ['iOS & Android', 'Mac & Windows', 'Calendar', 'Web Clipper']],
  ['Resources', ['Help center', 'Pricing', 'Blog', 'Community', 'Integrations', 'Templates']],
  ['Notion for', ['Enterprise', 'Small business', 'Personal']],
];
const nnCookie =
  'We use cookies to make our site work, understand how it is used, and personalize content and ads. You can choose which cookies ' +
  'we may use in Cookie settings.';
const nnCap1 = 'The Review reminders menu on a wiki page.';
const nnCap2 = 'A page with the Needs review label and the review banner.';
const cls = (c: string): string => `${c}_${c.length.toString(36)}x${(c.length * 7).toString(36)}`;
const fig = (src: string, cap: string): string => `<figure class="${cls('helpArticle_figure')}"><img alt="" loading="lazy" width="1600" height="900"
decoding="async" src="/_next/image?url=%2Ffront-static%2Fhelp%2F${src}.png&amp;w=1920&amp;q=75"><figcaption>${cap}</figcaption></figure>`;
const nnHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nnTitle} – Notion Help Center</title><meta name="description" content="${texts(nnIntro)[0]}"/><meta property="og:site_name" content="Notion"/>
<meta property="og:title" content="${nnTitle} – Notion Help Center"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://www.notion.com/help/review-reminders"/><link rel="stylesheet" href="/front-static/_next/static/css/9a2b4c6d8e0f.css"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${nnFaq[0]![0]}",
"acceptedAnswer":{"@type":"Answer","text":"${nnFaq[0]![1]}"}}]}</script></head>
<body><div id="__next"><div class="${cls('cookieBanner_banner')}" role="dialog" aria-label="Cookie banner"><p>${nnCookie}</p>
<div class="${cls('cookieBanner_buttons')}"><button type="button">Accept all</button><button type="button">Reject all</button>
<button type="button">Cookie settings</button></div></div>
<header class="${cls('globalNavigation_header')}"><nav aria-label="Main" class="${cls('globalNavigation_nav')}"><a href="/" aria-label="Notion"
class="${cls('globalNavigation_logo')}"></a><ul class="${cls('globalNavigation_list')}">${links(nnNav, cls('globalNavigation_item'))}</ul></nav></header>
<div class="${cls('helpCenterHeader_bar')}"><a href="/help" class="${cls('helpCenterHeader_title')}">Help Center</a><form role="search"
class="${cls('helpSearch_form')}"><input type="search" placeholder="Search for answers..." aria-label="Search for answers"/></form></div>
<div class="${cls('helpLayout_layout')}"><nav class="${cls('helpSidebar_sidebar')}" aria-label="Help categories"><ul>${links(nnSide, cls('helpSidebar_item'))}
</ul></nav><main class="${cls('helpLayout_main')}"><nav aria-label="Breadcrumb" class="${cls('breadcrumbs_breadcrumbs')}"><ol>${links(nnCrumbs)}</ol></nav>
<article class="${cls('helpArticle_article')}"><header class="${cls('helpArticle_header')}"><h1 class="${cls('helpArticle_title')}">${nnTitle}</h1></header>
<div class="${cls('helpArticle_content')} contentfulRichText_richText__rW7Oq"><div class="${cls('callout_callout')}" data-color="gray"><span
class="${cls('callout_icon')}" aria-hidden="true">💡</span><div class="${cls('callout_body')}"><p>${nnPlan}</p></div></div>
${nnIntro.map((t) => `<p class="contentfulRichText_paragraph__Xq2p1">${t}</p>`).join('\n')}
${fig('review-menu', nnCap1)}
<h2 id="turn-on-review-reminders" class="contentfulRichText_h2__Lm4Ds">${nnH[0]}</h2>
<ol class="contentfulRichText_ol__N3c8y">${nnTurnOn.map((t) => `<li><p class="contentfulRichText_paragraph__Xq2p1">${t}</p></li>`).join('\n')}</ol>
${nnTurnOn2.map((t) => `<p class="contentfulRichText_paragraph__Xq2p1">${t}</p>`).join('\n')}
<div class="${cls('callout_callout')}" data-color="blue"><span class="${cls('callout_icon')}" aria-hidden="true">💡</span><div class="${cls('callout_body')}">
<p>${nnTip}</p></div></div>
<h2 id="review-a-page" class="contentfulRichText_h2__Lm4Ds">${nnH[1]}</h2>
${nnReview.map((t) => `<p class="contentfulRichText_paragraph__Xq2p1">${t}</p>`).join('\n')}
${fig('review-banner', nnCap2)}
<section class="${cls('faq_faq')}"><h2 id="faqs" class="contentfulRichText_h2__Lm4Ds">${nnH[2]}</h2>
${nnFaq
  .map(
    ([q, a]) => `<details class="${cls('faq_item')}"><summary class="${cls('faq_question')}"><h3>${q}</h3></summary>
<div class="${cls('faq_answer')}"><p>${a}</p></div></details>`,
  )
  .join('\n')}</section></div>
<section class="${cls('helpArticle_feedback')}"><p class="${cls('helpArticle_feedbackTitle')}">Was this resource helpful?</p>
<div><button type="button" aria-label="Yes">Yes</button><button type="button" aria-label="No">No</button></div></section>
<section class="${cls('helpArticle_support')}"><h2>Still have more questions?</h2><a href="/contact-support" class="${cls('button_primary')}">Message
support</a>
</section></article></main>
<aside class="${cls('helpLayout_aside')}"><nav aria-label="In this article" class="${cls('tableOfContents_toc')}"><p
class="${cls('tableOfContents_title')}">In this
article</p><ul>${nnH
  .slice(0, 3)
  .map((t) => `<li><a href="#${t.length}">${t}</a></li>`)
  .join('')}</ul></nav>
<section class="${cls('relatedArticles_related')}"><h2>Related articles</h2><ul>${links(nnRelated)}</ul></section></aside></div>
<footer class="${cls('globalFooter_footer')}"><div class="${cls('globalFooter_grid')}">${nnFootCols
  .map(
    ([h, l]) => `<div><h3>${h}</h3><ul>${links(l)}</ul>
</div>`,
  )
  .join('\n')}<a href="/product" class="${cls('globalFooter_more')}">Explore more →</a></div><div class="${cls('globalFooter_bottom')}"><button type="button"
class="${cls('languagePicker_button')}">English (US)</button><a href="#" class="${cls('globalFooter_cookie')}">Cookie settings</a>
<p>© 2025 Notion Labs, Inc.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"review-reminders","category":"wikis"}}},"page":"/help/[slug]",
"buildId":"c7Q2xk9"}</script></body></html>`;
export const notionHelp: TestPage = {
  html: nnHtml,
  name: 'heldout79-notion-help-article',
  kind: 'docs',
  // the plan callout opening the text and the tip callout are body; the FAQ questions (h3 in the accordion) are headings and
  // their answers body; figure captions, "Was this resource helpful?", "Still have more questions?" and the rails are furniture
  title: nnTitle,
  headings: nnH,
  body: [nnPlan, ...texts(nnIntro), ...texts(nnTurnOn), ...texts(nnTurnOn2), nnTip, ...texts(nnReview), ...nnFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    nnCookie, 'Accept all', 'Reject all', 'Cookie settings', ...nnNav, 'Help Center', ...nnSide, ...nnCrumbs, nnCap1, nnCap2, 'Was this resource helpful?',
    'Yes', 'No', 'Still have more questions?', 'Message support', 'In this article', 'Related articles', ...nnRelated,
    ...nnFootCols.flatMap(([h, l]) => [h, ...l]), 'Explore more →', 'English (US)', '© 2025 Notion Labs, Inc.',
  ],
};
