import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 138, file e2: a Shopify Help Center article on help.shopify.com (skip link, the header with search,
 * "Log in" and "Start free trial", the language picker, the manual sidebar, breadcrumbs, "On this page", Desktop / iPhone /
 * Android step tabs whose phone panels are hidden, a Caution callout with its own h4, the feedback box, the "Can't find
 * answers" support box, the free-trial banner, the footer columns and the cookie banner).
 */
const shTitle = 'Placing a fulfillment on hold';
const shP1 = [
  'You can put an order’s fulfillment on hold when you need to check something before items ship, such as a suspicious payment, ' +
    'an address that looks incomplete, or a product that’s waiting on a custom engraving. While a fulfillment is on hold, your ' +
    'staff can’t mark the items as fulfilled and fulfillment apps don’t receive the order.',
  'Holds apply to a fulfillment order, not to the whole order. If an order ships from more than one location, then you can hold ' +
    'the items at one location and let the others go.',
];
const shH1 = 'Considerations for fulfillment holds';
const shList = [
  'Only staff with the <b>Fulfill and ship orders</b> permission can place or release a hold.',
  'A hold doesn’t cancel or refund anything. Payment capture still follows your store’s payment capture settings.',
  'If the order is assigned to a third-party fulfillment service, then the service must support holds. Otherwise, the ' +
    '<b>Hold fulfillment</b> button isn’t shown.',
  'Customers are notified about a hold only if you choose to notify them when you place it.',
];
const shH2 = 'Place a fulfillment on hold';
const shSteps1 = [
  'From your Shopify admin, go to <b>Orders</b>.',
  'Click the order that you want to hold.',
  'In the <b>Unfulfilled</b> section, click <b>...</b>, and then click <b>Hold fulfillment</b>.',
  'Select a reason for the hold. If you select <b>Other</b>, then enter a note that explains the reason to other staff.',
  'Optional: To let the customer know, check <b>Notify customer</b>. The message uses the <b>Order delayed</b> email template.',
  'Click <b>Hold fulfillment</b>.',
];
const shPhone1 = [
  'From the Shopify app, tap <b>Orders</b>.',
  'Tap the order that you want to hold.',
  'Tap <b>...</b>, and then tap <b>Hold fulfillment</b>.',
  'Select a reason, and then tap <b>Hold</b>.',
];
const shP2 = ['The order’s fulfillment status changes to <b>On hold</b>, and the reason is added to the order timeline.'];
const shH3 = 'Release a hold';
const shP3 = [
  'When the issue is resolved, release the hold so that the order can be fulfilled. If a fulfillment app manages the order, then ' +
    'it receives the order as soon as you release the hold.',
];
const shSteps2 = [
  'From your Shopify admin, go to <b>Orders</b>.',
  'Click the held order. To find it, you can filter the order list by <b>Fulfillment status: On hold</b>.',
  'In the <b>On hold</b> section, click <b>Release fulfillment</b>.',
];
const shPhone2 = ['From the Shopify app, tap <b>Orders</b>.', 'Tap the held order.', 'Tap <b>Release fulfillment</b>.'];
const shCaution =
  'If you edit an order while it’s on hold, for example to remove an item, then review the shipping rate before you release the ' +
  'hold. The rate isn’t recalculated automatically.';
const shP4 = [
  'You can also release holds for several orders at once. From the <b>Orders</b> page, select the orders, click <b>...</b>, and ' +
    'then click <b>Release fulfillment holds</b>.',
];
const shNav = ['Help Center', 'Community', 'Shopify Academy', 'Shopify Editions'];
const shLangs = ['English', 'Deutsch', 'Español', 'Français', 'Italiano', '日本語', 'Nederlands', 'Português (Brasil)'];
const shSide = ['Getting started', 'Products', 'Sales channels', 'Orders', 'Payments', 'Shipping and delivery', 'Taxes and duties', 'Customers'];
const shSide2 = ['Marketing', 'Apps', 'Online store', 'Reports and analytics', 'Shopify Markets', 'Your account'];
const shOrders = ['Managing orders', 'Fulfilling orders', 'Editing orders', 'Refunds and returns', 'Draft orders'];
const shCrumbs = ['Help Center', 'Orders', 'Fulfilling orders'];
const shTabs = ['Desktop', 'iPhone', 'Android'];
const shHelp = ['Can’t find the answers you’re looking for?', 'We’re here to help.', 'Log in to get help'];
const shTrial = ['Ready to start selling with Shopify?', 'Try it free'];
const shFoot: [string, string[]][] = [
  ['Shopify', ['About', 'Careers', 'Investors', 'Press and Media', 'Partners', 'Affiliates', 'Legal', 'Service status']],
  ['Support', ['Merchant Support', 'Shopify Help Center', 'Hire a Partner', 'Shopify Academy', 'Shopify Community']],
  ['Developers', ['Shopify.dev', 'API Documentation', 'Dev Degree']],
  ['Products', ['Shop', 'Shopify Plus', 'Shopify for enterprise']],
];
const shFootBottom = ['Terms of Service', 'Privacy Policy', 'Sitemap', 'Privacy Choices'];
const shCookie =
  'Shopify uses cookies to provide necessary site functionality and improve your experience. By using our website, you agree to ' +
  'our privacy policy and our cookie policy.';
const shSlug = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const shSteps = (items: readonly string[]): string => `<ol>${items.map((t) => `<li>${t}</li>`).join('\n')}</ol>`;
const shTabset = (id: string, desk: readonly string[], iphone: readonly string[], android: readonly string[]): string => `<div class="tabs" data-tabs>
<ul class="tabs__list" role="tablist">${shTabs
  .map(
    (t, i) => `<li class="tabs__item" role="presentation"><button class="tabs__link${i === 0 ? ' tabs__link--active' : ''}"
role="tab" aria-selected="${i === 0}" aria-controls="${id}-${shSlug(t)}" id="${id}-${shSlug(t)}-tab">${t}</button></li>`,
  )
  .join('')}</ul>
<div class="tabs__panel" role="tabpanel" id="${id}-desktop">${shSteps(desk)}</div>
<div class="tabs__panel" role="tabpanel" id="${id}-iphone" hidden>${shSteps(iphone)}</div>
<div class="tabs__panel" role="tabpanel" id="${id}-android" hidden>${shSteps(android)}</div></div>`;
const shH = (t: string): string => `<h2 id="${shSlug(t)}" class="heading--2"><a class="anchor-link" href="#${shSlug(t)}" aria-hidden="true"></a>${t}</h2>`;
const shPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const shHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shopify Help Center | Placing a fulfillment on hold</title><meta name="description" content="Put an order's fulfillment on hold while you check a
payment,
address or custom item, and release it when you're ready to ship."><link rel="canonical"
href="https://help.shopify.com/en/manual/fulfillment/fulfilling-orders/holds">
<link rel="alternate" hreflang="de" href="https://help.shopify.com/de/manual/fulfillment/fulfilling-orders/holds"><meta property="og:site_name"
content="Shopify Help Center">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Help Center"},
{"@type":"ListItem","position":2,"name":"Orders"},{"@type":"ListItem","position":3,"name":"Fulfilling orders"}]}</script>
<link rel="stylesheet" href="https://cdn.shopify.com/shopifycloud/help/assets/application-6c1e9f0a2b.css">
<script>window.__helpCenter = {"locale":"en","page":"manual/fulfillment/fulfilling-orders/holds","trekkie":true};</script></head>
<body class="page--manual page--article" data-locale="en"><a class="skip-to-content" href="#Main">Skip to content</a>
<header class="header" role="banner"><div class="header__container"><a class="header__logo" href="/en"><img src="https://cdn.shopify.com/help/logo.svg"
alt="Shopify Help Center"></a><nav class="header__nav" aria-label="Main"><ul>${shNav
  .map(
    (t) => `<li><a class="header__link"
href="/en/${shSlug(t)}">${t}</a></li>`,
  )
  .join('')}
</ul></nav><form class="header__search search-form" action="/en/search" role="search"><label for="SearchInput" class="visuallyhidden">Search the Help
Center</label>
<input id="SearchInput" type="search" name="q" placeholder="Search the Help Center"><button type="submit" class="search-form__submit"><span
class="visuallyhidden">Search</span>
</button></form><div class="header__actions"><a class="header__link" href="https://accounts.shopify.com/lookup">Log in</a><a class="button button--primary"
href="https://www.shopify.com/free-trial">Start free trial</a></div></div></header>
<div class="page-container"><aside class="sidebar" aria-label="Help Center navigation"><nav class="sidebar__nav"><ul class="sidebar__list">
${shSide
  .map((t) =>
    t === 'Orders'
      ? `<li class="sidebar__item sidebar__item--open"><a href="/en/manual/orders">Orders</a><ul>${shOrders
          .map(
            (o) =>
              `<li class="sidebar__item${o === 'Fulfilling orders' ? ' sidebar__item--active' : ''}"><a href="/en/manual/orders/${shSlug(o)}">${o}</a></li>`,
          )
          .join('')}</ul></li>`
      : `<li class="sidebar__item"><a href="/en/manual/${shSlug(t)}">${t}</a></li>`,
  )
  .join('\n')}
${shSide2.map((t) => `<li class="sidebar__item"><a href="/en/manual/${shSlug(t)}">${t}</a></li>`).join('\n')}</ul></nav></aside>
<main id="Main" class="main" role="main"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${shCrumbs
  .map(
    (t) => `<li><a
href="/en/${shSlug(t)}">${t}</a></li>`,
  )
  .join('')}
</ol></nav><article class="article"><header class="article__header"><h1 class="article__title">${shTitle}</h1></header>
<div class="article__toc"><details class="toc" open><summary class="toc__title">On this page</summary><ul>
${[shH1, shH2, shH3].map((t) => `<li><a href="#${shSlug(t)}">${t}</a></li>`).join('')}</ul></details></div><div class="article__content">
${shPs(shP1)}
${shH(shH1)}
<ul>${shList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${shH(shH2)}
<h3 class="heading--3 steps-heading">Steps:</h3>
${shTabset(
  'hold',
  shSteps1,
  shPhone1,
  shPhone1.map((t) => t.replace('<b>...</b>', '<b>⋮</b>')),
)}
${shPs(shP2)}
${shH(shH3)}
${shPs(shP3)}
<h3 class="heading--3 steps-heading">Steps:</h3>
${shTabset('release', shSteps2, shPhone2, shPhone2)}
<div class="note note--caution"><h4 class="note__heading">Caution</h4><p>${shCaution}</p></div>
${shPs(shP4)}
</div><footer class="article__footer"><div class="feedback" data-feedback><p class="feedback__question">Was this page helpful?</p>
<button class="button button--secondary" data-feedback-yes>Yes</button><button class="button button--secondary" data-feedback-no>No</button>
<p class="feedback__thanks" hidden>Thanks for your feedback!</p></div></footer></article>
<section class="support-box"><h2 class="support-box__title">${shHelp[0]}</h2><p>${shHelp[1]}</p><a class="button"
href="/en/questions">${shHelp[2]}</a></section>
</main></div><section class="trial-banner"><h2 class="trial-banner__title">${shTrial[0]}</h2><a class="button button--primary"
href="https://www.shopify.com/free-trial">
${shTrial[1]}</a></section>
<footer class="footer" role="contentinfo"><div class="footer__columns">${shFoot
  .map(
    ([h, ls]) =>
      `<div class="footer__column"><h4 class="footer__heading">${h}</h4><ul>${ls
        .map(
          (t) => `<li><a
href="https://www.shopify.com/${shSlug(t)}">${t}</a></li>`,
        )
        .join('')}</ul></div>`,
  )
  .join('\n')}</div><div class="footer__bottom"><div class="language-picker"><label for="LanguagePicker">Language</label><select id="LanguagePicker">
${shLangs.map((l) => `<option>${l}</option>`).join('')}</select></div><ul class="footer__legal">${shFootBottom
  .map(
    (t) => `<li><a
href="https://www.shopify.com/legal/${shSlug(t)}">${t}</a></li>`,
  )
  .join('')}
</ul></div></footer>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent"><p>${shCookie}</p><button class="button">Accept</button><button class="button
button--secondary">Decline</button>
<a href="https://www.shopify.com/legal/cookies">Manage cookies</a></div>
<script src="https://cdn.shopify.com/shopifycloud/help/assets/application-2f7b1c9e0d.js" defer></script></body></html>`;
export const shopifyHelp: TestPage = {
  html: shHtml,
  name: 'heldout138-shopify-help-docs',
  kind: 'docs',
  // the visible Desktop steps are body; the hidden iPhone and Android panels are in neither list; the "Steps:" labels and the
  // Caution callout's h4 are in neither list, the callout text is body; tab labels are furniture
  title: shTitle,
  headings: [shH1, shH2, shH3],
  body: texts([...shP1, ...shList, ...shSteps1, ...shP2, ...shP3, ...shSteps2, shCaution, ...shP4]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...shNav, 'Search the Help Center', 'Search', 'Log in', 'Start free trial', ...shSide, ...shSide2, ...shOrders, 'On this page',
    ...shTabs, 'Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback!', ...shHelp, ...shTrial, ...shFoot.flatMap(([h, ls]) => [h, ...ls]),
    'Language', ...shLangs, ...shFootBottom, shCookie, 'Accept', 'Decline', 'Manage cookies',
  ],
};
