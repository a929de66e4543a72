import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 213, file a2: an Amnesty International news page on its WordPress "humanity" theme (the language
 * selector, the skip link, the main menu with Donate and Join, the post meta with the location and topic chips and date,
 * the featured image with caption, the share buttons, an "Amnesty International's ..." quoted section, the "Background"
 * section, the topics tag list, the "Related Content" cards, the "Stay informed" newsletter box, the footer and the
 * cookie control).
 */
const title = 'Valdoria: Release protesters held for a month without charge';
const p1 = [
  'The authorities in Valdoria must immediately release at least 46 people detained since 3 May for taking part in peaceful ' +
    'protests against rising fuel prices, Amnesty International said today. None of them has been charged, and families say ' +
    'they have not been told where most of the detainees are being held.',
  'Those detained include students, two journalists and a trade union organiser. Several were taken from their homes at night ' +
    'by men in plain clothes who did not show any warrant.',
  '“Holding dozens of people for weeks without charge, simply for raising their voices about the cost of living, is a clear ' +
    'violation of their rights,” said Lidia Serrano, Amnesty International’s Regional Director. “The authorities must release ' +
    'them now and allow them to see their families and lawyers.”',
];
const h1 = 'Families left in the dark';
const p2 = [
  'Amnesty International spoke to relatives of 14 detainees. All said they had gone from one police station to another asking ' +
    'for information and were turned away. Three families learned only through other released protesters that their relatives ' +
    'were being held at the Santa Brígida detention centre on the outskirts of the capital.',
  'The mother of a 19-year-old engineering student said: “They told me he is not here, go home. Then a boy who was released ' +
    'said he shared a cell with my son. Why do they lie to us?”',
  'Released detainees described overcrowded cells, little food and being questioned without a lawyer about who had organised ' +
    'the protests and which social media accounts they followed.',
];
const h2 = 'A pattern of repression';
const p3 = [
  'The arrests follow the adoption in February of a public order law that allows police to detain people for up to 60 days ' +
    'without charge on grounds of “threats to social peace”. Amnesty International has previously warned that the vague wording ' +
    'of the law makes it easy to use against peaceful critics.',
  'Under international human rights law, anyone who is arrested must be promptly informed of any charges against them, brought ' +
    'before a judge and allowed access to a lawyer of their choice.',
];
const h3 = 'Amnesty International calls on the authorities to:';
const list = [
  'release immediately and unconditionally everyone detained solely for peaceful protest;',
  'tell families where their relatives are held and allow visits without delay;',
  'ensure detainees have access to lawyers and medical care;',
  'amend the public order law so it cannot be used to criminalise peaceful assembly.',
];
const h4 = 'Background';
const p4 = [
  'Protests began in Valdoria in late April after the government removed a subsidy on diesel and petrol, causing prices to rise ' +
    'by 40 percent overnight. The demonstrations were largely peaceful, though some clashes with police were reported in two cities.',
];
const nav = ['Who We Are', 'What We Do', 'Countries', 'Latest', 'Research', 'Get Involved'];
const langs = ['English', 'Français', 'Español', 'العربية'];
const chips = ['Valdoria', 'Freedom of Assembly', 'Arbitrary Detention'];
const cap = 'Demonstrators gather in the capital’s central square on 2 May 2025.';
const credit = '© Private';
const tags = ['Americas', 'Freedom of Expression', 'Freedom of Assembly', 'Detention', 'Human Rights Defenders'];
const related = [
  'Valdoria: Public order law threatens the right to protest',
  'Five things you need to know about the right to protest',
  'Protect the Protest: our global campaign',
];
const relDates = ['February 19, 2025', 'January 8, 2025', 'July 19, 2022'];
const news = ['Stay informed', 'Sign up to receive email updates about our campaigns and how you can help.', 'First name', 'Email', 'Subscribe'];
const foot = ['Contact us', 'Careers', 'Press', 'Privacy Policy', 'Cookie Policy', 'Accessibility', 'Terms and Conditions'];
const footAbout = 'Amnesty International is a movement of more than 10 million people who campaign for a world where human rights are enjoyed by all.';
const cookie = 'We use cookies to help us improve this website and to understand how people use it. You can choose which cookies you accept.';
const html = `<!DOCTYPE html>
<html lang="en-GB" dir="ltr" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Valdoria: Release protesters held for a month without charge - Amnesty International</title>
<meta name="description" content="${(p1[0] ?? '').slice(0, 150)}"><link rel="canonical"
href="https://www.amnesty.org/en/latest/news/2025/06/valdoria-release-protesters/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<meta property="og:site_name" content="Amnesty International"><meta property="article:published_time" content="2025-06-04T10:12:33+00:00">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@amnesty">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${title}",
"datePublished":"2025-06-04T10:12:33+00:00","author":{"@type":"Organization","name":"Amnesty International"}},{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"News"}]}]}</script>
<link rel="stylesheet" id="amnesty-theme-css" href="https://www.amnesty.org/en/wp-content/themes/humanity-theme/assets/styles/app.css?ver=3.4.1" media="all">
<script src="https://www.amnesty.org/en/wp-content/themes/humanity-theme/assets/scripts/app.js?ver=3.4.1" defer></script></head>
<body class="post-template-default single single-post postid-212874 single-format-standard">
<a class="skipLink" href="#main">Skip to main content</a>
<div class="language-selector" aria-label="Choose language"><button class="language-selector-toggle" aria-expanded="false">Language</button>
<ul class="language-list">${links(langs, 'language-item')}</ul></div>
<header class="page-header is-light" role="banner" aria-label="Page Header"><div class="container"><div class="page-headerItems">
<a class="logo" href="https://www.amnesty.org/en/" aria-label="Amnesty International logo"><img class="logo-logoType"
src="/en/wp-content/themes/humanity-theme/assets/images/logo.svg" alt=""></a>
<nav class="page-nav page-nav--main" aria-label="Primary navigation"><ul>${links(nav, 'menu-item menu-item-type-post_type')}</ul>
<ul class="page-nav--cta"><li class="menu-item menu-item-donate"><a class="btn" href="/en/donate/">Donate</a></li>
<li class="menu-item"><a class="btn btn--dark" href="/en/get-involved/join/">Join</a></li></ul></nav>
<button class="burger" aria-expanded="false" aria-controls="overflow-menu"><span class="icon icon-burger"></span>
<span class="u-hiddenVisually">Open menu</span></button>
</div></div></header>
<main id="main" role="main"><div class="post-hero"><figure class="post-heroImage"><img src="/en/wp-content/uploads/2025/06/valdoria-protest.jpg" alt="">
<figcaption class="image-caption"><span class="image-metaCaption">${cap}</span><span class="image-metaCopyright">${credit}</span></figcaption></figure></div>
<div class="container article-container"><article class="article has-sidebar">
<header class="article-header"><div class="article-meta"><span class="post-category">News</span>
<ul class="post-terms">${links(chips, 'post-term')}</ul><time class="article-metaItem article-metaItem--date" datetime="2025-06-04">June 4, 2025</time></div>
<h1 class="article-title">${title}</h1>
<div class="article-share"><span class="article-shareTitle">Share this:</span><ul class="article-shareList">
<li><a class="article-shareFacebook" href="https://www.facebook.com/sharer.php">Facebook</a></li><li><a class="article-shareTwitter"
href="https://x.com/share">X</a></li>
<li><a class="article-shareWhatsapp" href="https://wa.me/">WhatsApp</a></li><li><a class="article-shareEmail" href="mailto:">Email</a></li></ul></div></header>
<section class="article-content">
${ps(p1)}
<h2 class="wp-block-heading">${h1}</h2>
${ps(p2)}
<h2 class="wp-block-heading">${h2}</h2>
${ps(p3)}
<h3 class="wp-block-heading">${h3}</h3>
<ul class="wp-block-list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 class="wp-block-heading">${h4}</h2>
${ps(p4)}
</section>
<footer class="article-footer"><div class="article-terms"><h2 class="article-termsTitle">Topics</h2>
<ul class="article-termsList">${links(tags, 'article-term')}</ul>
</div></footer></article>
<aside class="article-sidebar"><section class="wp-block-amnesty-core-related-content"><h2 class="related-title">Related Content</h2>
${related
  .map(
    (t, i) => `<article class="post post--result"><span class="post-category">News</span><h3 class="post-title"><a href="/en/latest/${i}">${t}</a></h3>
<time class="post-date">${relDates[i]}</time></article>`,
  )
  .join('\n')}</section></aside></div>
<section class="newsletter-signup"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="nl-first">${news[2]}</label><input id="nl-first">
<label for="nl-email">${news[3]}</label><input id="nl-email" type="email"><button type="submit">${news[4]}</button></form></section></main>
<footer class="page-footer" role="contentinfo"><div class="container"><p class="page-footerAbout">${footAbout}</p>
<nav aria-label="Footer navigation"><ul class="page-footerLinks">${links(foot, 'menu-item')}</ul></nav>
<p class="page-footerCopyright">© 2025 Amnesty International</p></div></footer>
<div id="ccc" class="cookie-control" role="dialog" aria-label="Cookie Control"><div id="ccc-notify"><h3 id="ccc-notify-title">This site uses cookies</h3>
<p>${cookie}</p><button id="ccc-notify-accept">Accept recommended settings</button><button id="ccc-notify-reject">Reject all</button>
<button id="ccc-notify-dismiss">Cookie preferences</button></div></div>
<script>window.CookieControl && CookieControl.load({apiKey:'amnesty-en',product:'PRO_MULTISITE'});</script></body></html>`;
export const amnestyNews: TestPage = {
  html,
  name: 'heldout213-amnesty-news',
  kind: 'news',
  // the call-to-action h3 above the demands is a section heading of the release, so it is a heading
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['June 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Language', ...langs, ...nav, 'Donate', 'Join', 'Open menu', cap, credit, 'News', ...chips.filter((c) => !tags.includes(c)),
    'Share this:', 'Facebook', 'WhatsApp', 'Topics', ...tags, 'Related Content', ...related, ...relDates, ...news, footAbout, ...foot,
    '© 2025 Amnesty International', 'This site uses cookies', cookie, 'Accept recommended settings', 'Reject all', 'Cookie preferences',
  ],
};
