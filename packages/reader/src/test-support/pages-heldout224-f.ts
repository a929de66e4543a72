import { links, type TestPage } from './page-kit.js';
import { rspcaAdvice } from './pages-heldout224-f2.js';

/**
 * Held-out batch 224, file f: a zoo's news story on Drupal 10 (opening-times bar, header with "Buy tickets" and "Become a
 * member", main menu, breadcrumb, the node's date field and news category, the hero image with its photo credit, the body
 * field with an embedded image caption, a pull quote, the "Share this story" links, "Adopt an animal" promo, "Latest news" view,
 * the newsletter block, footer with the charity line and the cookie compliance popup) and, from file f2, an RSPCA advice page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((t) => t.replace(/\s+/g, ' '));
const zTitle = 'Red panda twins emerge from nest box for the first time';
const zP1 = paras(`
Keepers at Ashcombe Zoo are celebrating after twin red panda cubs took their first steps outside their nest box this week, almost three months after
they were born.

The cubs, one male and one female, were born on 26 June to mother Tamsin and father Koshi. Red panda cubs spend their first weeks hidden away in the
nest, and keepers have been monitoring them through a camera so as not to disturb the family.`);
const zP2 = paras(`
Senior keeper Ruth Calloway said the team had been waiting anxiously for the moment. "Tamsin is an experienced mum and has been brilliant with
them, but you never fully relax until you see cubs out and about and climbing confidently," she said.

"They are very wobbly at the moment and spend a lot of time tumbling off branches, but they are getting braver every day."`);
const zQuote = 'You never fully relax until you see cubs out and about and climbing confidently.';
const zP3 = paras(`
The twins had their first health check last week, when vets confirmed that both are healthy and gaining weight well. They have not been named yet,
and the zoo will be asking members to vote on names from a shortlist chosen by the keepers.

Red pandas are listed as endangered, with fewer than 10,000 thought to remain in the wild across the forests of Nepal, India, Bhutan, Myanmar and
China. Their numbers have fallen because of habitat loss and poaching. Ashcombe Zoo is part of the European breeding programme for the species and
supports a community forest guardian project in eastern Nepal.

Visitors may be able to spot the cubs in the Himalayan Forest habitat in the mornings, although keepers say the family will have access to their
den at all times and may choose to stay out of sight.

The zoo has asked visitors not to use flash photography near the habitat while the cubs are small, and a keeper will give a short talk beside the
enclosure at 11am each day until the end of October.`);
const zBar = 'Open today 9.30am to 5pm. Last entry 4pm.';
const zNav = ['Plan your visit', 'Animals', 'Experiences', 'Conservation', 'Education', 'Support us'];
const zCrumb = ['Home', 'News'];
const zCap = 'The twins exploring the Himalayan Forest habitat.';
const zCredit = 'Photo: Ashcombe Zoo / Ben Ostrowski';
const zCap2 = 'Mother Tamsin keeps a close eye on one of the cubs.';
const zShare = ['Share this story', 'Facebook', 'X', 'LinkedIn', 'Email'];
const zAdopt = ['Adopt a red panda', 'Symbolically adopt a red panda and help fund our conservation work in Nepal.', 'Adopt now'];
const zLatest = ['New wetland boardwalk opens to visitors', 'Zoo scientists help count Sumatran tigers', 'Meet the keepers: a day with the reptile team'];
const zLatestDates = ['2 September 2025', '21 August 2025', '4 August 2025'];
const zNl = ['Sign up to our newsletter', 'Be the first to hear about animal news, events and offers.', 'Email address', 'Sign up'];
const zFoot = ['Contact us', 'Jobs', 'Accessibility', 'Privacy', 'Cookies', 'Press'];
const zCharity = 'Ashcombe Zoological Society is a registered charity (no. 1012784) and company limited by guarantee.';
const zCookie = 'We use cookies on this site to enhance your user experience. By clicking the Accept button, you agree to us doing so.';
const zPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const zHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Red panda twins emerge from nest box for the first time | Ashcombe Zoo</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://www.ashcombezoo.example/news/red-panda-twins-emerge"><meta property="og:type" content="article">
<meta property="og:title" content="${zTitle}">
<meta name="description" content="Twin red panda cubs have taken their first steps outside their nest box at Ashcombe Zoo.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${zTitle}",
"datePublished":"2025-09-18T10:00:00+0100",
"publisher":{"@type":"Organization","name":"Ashcombe Zoo"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yl3q9.css?delta=0&amp;language=en&amp;theme=ashcombe"></head>
<body class="path-node page-node-type-news"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><div class="region region-top-bar">
<div id="block-openingtimes" class="block block-block-content"><p>${zBar}</p></div></div>
<header role="banner" class="site-header"><div class="region region-header"><div id="block-ashcombe-branding" class="block block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/ashcombe/logo.svg" alt="Home"></a></div><div class="header-ctas">
<a class="button button--primary"
href="/tickets">Buy tickets</a><a class="button" href="/membership">Become a member</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main">
<h2 class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2><ul class="menu">${links(zNav, 'menu-item menu-item--expanded')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">
Breadcrumb</h2><ol>${links(zCrumb)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-ashcombe-content" class="block block-system block-system-main-block">
<article data-history-node-id="1873" class="node node--type-news node--view-mode-full">
<div class="node__header"><div class="field field--name-field-news-category field--type-entity-reference field--label-hidden field__item">
<a href="/news?category=animals"
hreflang="en">Animal news</a></div><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${zTitle}</span></h1>
<div class="field field--name-field-date field--type-datetime field--label-hidden field__item"><time datetime="2025-09-18T09:00:00Z">18 September 2025</time>
</div></div>
<div class="field field--name-field-hero-image field--type-entity-reference field--label-hidden field__item">
<article class="media media--type-image media--view-mode-hero">
<img loading="eager" src="/sites/default/files/styles/hero/public/2025-09/red-panda-twins.jpg.webp" width="1600" height="900" alt="Two red panda cubs on a
branch">
<div class="media__caption">${zCap}</div><div class="media__credit">${zCredit}</div></article></div>
<div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${zPs(zP1)}
<figure role="group" class="caption caption-drupal-media align-center"><div><article class="media media--type-image media--view-mode-default">
<img loading="lazy"
src="/sites/default/files/2025-09/tamsin-cub.jpg" width="900" height="600" alt="An adult red panda with a cub"></article></div>
<figcaption>${zCap2}</figcaption></figure>
${zPs(zP2)}
<blockquote class="pull-quote"><p>${zQuote}</p></blockquote>
${zPs(zP3)}
</div><div class="social-share"><h2 class="social-share__title">${zShare[0]}</h2>
<ul class="social-share__list">${links(zShare.slice(1), 'social-share__item')}</ul></div>
</div></article></div>
<div id="block-adoptpromo" class="block block-block-content promo-block"><h2>${zAdopt[0]}</h2><p>${zAdopt[1]}</p>
<a class="button" href="/adopt/red-panda">${zAdopt[2]}</a></div>
<div class="views-element-container block block-views" id="block-views-block-news-latest"><h2>Latest news</h2>
<div class="view view-news view-display-id-latest">
${zLatest.map((t, i) => `<div class="views-row"><a href="/news/${i}">${t}</a><time>${zLatestDates[i]}</time></div>`).join('\n')}</div></div></div></div></main>
<div class="region region-pre-footer"><div id="block-newsletter" class="block block-webform"><h2>${zNl[0]}</h2><p>${zNl[1]}</p>
<form class="webform-submission-form">
<label for="edit-email">${zNl[2]}</label><input type="email" id="edit-email"><input type="submit" value="Sign up" class="button js-form-submit">
<span class="visually-hidden">
${zNl[3]}</span></form></div></div>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="block block-menu menu--footer">
<ul class="menu">${links(zFoot)}</ul></nav>
<p class="footer__address">Ashcombe Zoo, Combe Lane, Ashcombe AS7 3ZP</p><p class="footer__charity">${zCharity}</p></div></footer></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog" aria-labelledby="popup-text">
<div class="popup-content info eu-cookie-compliance-content">
<div id="popup-text" class="eu-cookie-compliance-message"><p>${zCookie}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons">
<button type="button"
class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button>
</div></div></div>
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"/","currentPath":"node/1873"},"eu_cookie_compliance":{"popup_enabled":true}}
</script><script src="/sites/default/files/js/js_m4W2.js?scope=footer&amp;delta=0"></script></body></html>`;
const zooNews: TestPage = {
  html: zHtml,
  name: 'heldout224-drupal-zoo-news-story',
  kind: 'news',
  // the pull quote repeats a quoted line of the story: body, as the story's own blockquote; the category label, captions and
  // credit, share links, adopt promo, latest news, newsletter, footer and cookie popup are furniture; the date is the byline
  title: zTitle,
  headings: [],
  body: [...zP1, ...zP2, zQuote, ...zP3],
  bylines: ['18 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', zBar, 'Buy tickets', 'Become a member', 'Main navigation', ...zNav, 'Breadcrumb', 'News', 'Animal news', zCap, zCredit, zCap2,
    ...zShare, ...zAdopt, 'Latest news', ...zLatest, ...zLatestDates, ...zNl.slice(0, 3), 'Ashcombe Zoo, Combe Lane, Ashcombe AS7 3ZP', ...zFoot, zCharity,
    zCookie, 'Accept', 'No, thanks',
  ],
};

export const HELDOUT224_F: readonly TestPage[] = [zooNews, rspcaAdvice];
