import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 213, file c2: a Médecins Sans Frontières field story on msf.org's Drupal site (the skip link, the
 * "Donate" and language links, the main menu, the country and topic labels, the "Voices from the field" type, the date,
 * the hero image with caption and credit, the share links, a highlighted quote block, an in-body "Read more" link card,
 * the "Related news" rail, the "Sign up" box, the footer and the consent banner).
 */
const title = '“We walk for three days to reach the clinic”: caring for mothers in the Oromeni highlands';
const dek = ['In a remote district where the nearest hospital is a day’s drive away, an MSF maternity unit is trying to reach women before labour begins.'];
const p1 = [
  'The rain has turned the track to mud, but the women keep arriving. Some come on foot, some on the backs of motorbikes, a few ' +
    'on stretchers carried by their brothers and husbands. By mid-morning there are eleven women waiting on the benches outside ' +
    'the maternity ward in Kessa, most of them in the last weeks of pregnancy.',
  'Médecins Sans Frontières (MSF) opened the ward in 2023 in partnership with the district health authorities. It has 24 beds, ' +
    'an operating theatre for caesarean sections and a small neonatal unit. Last year teams assisted 2,310 births here.',
];
const h1 = 'A waiting home';
const p2 = [
  'Next to the ward is a long, low building with a tin roof: the maternity waiting home. Women who live far away can come here ' +
    'up to two weeks before they are due, so that they are close to care when labour starts.',
  '“Before, women laboured at home and only came when something was already wrong,” says Amina Haile, an MSF midwife. “By the ' +
    'time they arrived, sometimes after two days, it was often too late for the baby, and sometimes for the mother.”',
  'Asha, 24, is waiting for her third child. She walked for three days with her mother to reach Kessa. Her first baby died ' +
    'during a long labour at home. “This time I did not want to take the risk,” she says. “Here I can sleep, and they check me every morning.”',
];
const quote = 'We cannot bring a hospital to every village. But we can make sure women know where to go, and that they can get there in time.';
const h2 = 'Reaching the villages';
const p3 = [
  'MSF also trains community health workers in 38 villages to recognise danger signs in pregnancy, such as bleeding, high blood ' +
    'pressure and fever. They visit pregnant women at home and can call the ward’s ambulance by radio.',
  'The biggest obstacle is distance. In the rainy season some villages are cut off for weeks. Teams have started mobile clinics ' +
    'that travel by four-wheel drive and, where the roads end, on foot with supplies carried by donkeys.',
];
const h3 = 'What still needs to change';
const p4 = [
  'Maternal deaths in the district remain among the highest in the country. MSF is calling for more trained midwives to be ' +
    'posted to rural health centres and for a permanent ambulance service that does not depend on humanitarian organisations.',
  'In the ward, a baby cries. Asha has given birth to a girl, weighing just over three kilos. She has not yet chosen a name. ' +
    '“First I want to take her home healthy,” she says.',
];
const nav = ['What we do', 'Where we work', 'Latest', 'Who we are', 'Get involved'];
const labels = ['Oromeni', 'Maternal health', 'Voices from the field'];
const heroCap = 'Midwife Amina Haile examines a pregnant woman at the maternity waiting home in Kessa.';
const heroCredit = '© Yonas Berhe/MSF';
const readMore = ['Read more', 'Five things that save mothers’ lives in childbirth'];
const related = ['Measles outbreak: teams vaccinate 60,000 children in ten days', 'Caring for newborns when every gram counts', 'Our work in Oromeni'];
const signup = ['Sign up for news from the field', 'We will send you updates about our medical work and how you can support it.', 'Email', 'Subscribe'];
const foot = ['Contact', 'Careers', 'Reports and finances', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Media'];
const footAbout =
  'Médecins Sans Frontières is an international, independent medical humanitarian organisation that delivers emergency aid to ' +
  'people affected by armed conflict, epidemics, natural disasters and exclusion from healthcare.';
const consent = 'This website uses cookies to measure its audience and to improve your experience. Do you accept these cookies?';
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>“We walk for three days to reach the clinic”: caring for mothers in the Oromeni highlands | MSF</title>
<link rel="canonical" href="https://www.msf.org/we-walk-three-days-reach-clinic-caring-mothers-oromeni"><meta name="description" content="${dek[0]}">
<meta property="og:site_name" content="Médecins Sans Frontières (MSF) International"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="article:published_time" content="2025-05-19T10:00:00+0000">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@MSF">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Caring for mothers in the Oromeni highlands",
"datePublished":"2025-05-19","publisher":{"@type":"Organization","name":"Médecins Sans Frontières"}}</script>
<link rel="stylesheet" href="/themes/custom/msf/dist/css/main.css?sv9w1"><script src="/themes/custom/msf/dist/js/consent.js" defer></script></head>
<body class="page-node-type-article path-node"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<header class="site-header" role="banner"><div class="site-header__top"><a class="language-link" href="/fr">Français</a>
<a class="language-link" href="/es">Español</a><a class="site-header__donate button" href="https://donate.msf.org/">Donate</a></div>
<a class="site-logo" href="/"><img src="/themes/custom/msf/logo.svg" alt="Médecins Sans Frontières / Doctors Without Borders"></a>
<nav class="main-navigation" aria-label="Main navigation"><ul>${links(nav, 'main-navigation__item')}</ul></nav>
<button class="search-button" aria-controls="search-overlay"><span class="visually-hidden">Open search</span></button></header>
<main id="main-content" role="main"><article class="node node--article node--full">
<div class="article-hero"><div class="article-hero__labels"><a class="label label--country" href="/countries/oromeni">${labels[0]}</a>
<a class="label label--topic" href="/topics/maternal-health">${labels[1]}</a><span class="label label--type">${labels[2]}</span></div>
<h1 class="article-hero__title">${title}</h1><div class="article-hero__date"><time datetime="2025-05-19">19 May 2025</time></div>
<figure class="article-hero__image"><img src="/sites/default/files/styles/hero/public/kessa-midwife.jpg" alt="">
<figcaption><span class="figcaption__text">${heroCap}</span> <span class="figcaption__credit">${heroCredit}</span></figcaption></figure></div>
<div class="article-body"><aside class="share-links" aria-label="Share"><span>Share</span><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a>
<a href="#">Copy link</a></aside>
<div class="article-body__lead field--name-field-intro">${ps(dek)}</div>
<div class="field field--name-body">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<div class="paragraph paragraph--quote"><blockquote class="highlighted-quote"><p>${quote}</p>
<cite>Dr. Tewodros Alemu, MSF medical coordinator</cite></blockquote></div>
<h2>${h2}</h2>
${ps(p3)}
<div class="paragraph paragraph--link-card"><a class="link-card" href="/five-things-save-mothers-lives"><span class="link-card__label">${readMore[0]}</span>
<span class="link-card__title">${readMore[1]}</span></a></div>
<h2>${h3}</h2>
${ps(p4)}
</div></div></article>
<section class="related-news"><h2 class="related-news__title">Related news</h2><ul>${links(related, 'related-news__item')}</ul></section>
<section class="newsletter"><h2>${signup[0]}</h2><p>${signup[1]}</p><form><label for="nl-email">${signup[2]}</label><input id="nl-email" type="email">
<button type="submit">${signup[3]}</button></form></section></main>
<footer class="site-footer" role="contentinfo"><p class="site-footer__about">${footAbout}</p><ul class="site-footer__menu">${links(foot)}</ul>
<p class="site-footer__copyright">© Médecins Sans Frontières</p></footer>
<div class="consent-banner" role="dialog" aria-live="polite"><p>${consent}</p><button class="consent-banner__accept">Accept</button>
<button class="consent-banner__refuse">Refuse</button><a href="/cookie-policy">Customise</a></div>
<script src="/themes/custom/msf/dist/js/main.js"></script></body></html>`;
export const msfStory: TestPage = {
  html,
  name: 'heldout213-msf-field-story',
  kind: 'news',
  // the intro (dek) and the highlighted quote are body; the quote's attribution and the "Read more" link card are furniture
  title,
  headings: [h1, h2, h3],
  body: texts([...dek, ...p1, ...p2, quote, ...p3, ...p4]),
  bylines: ['19 May 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Français', 'Español', 'Donate', ...nav, 'Open search', ...labels, heroCap, heroCredit, 'Share', 'Facebook', 'WhatsApp',
    'Copy link', 'Dr. Tewodros Alemu, MSF medical coordinator', ...readMore, 'Related news', ...related, ...signup, footAbout, ...foot,
    '© Médecins Sans Frontières', consent, 'Accept', 'Refuse', 'Customise',
  ],
};
