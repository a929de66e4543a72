import { links, type TestPage, texts } from './page-kit.js';
import { encyclopediaPage } from './pages-heldout82-c2.js';

/**
 * Held-out batch 82, file c: a Verywell Health-style article on the Dotdash Meredith "mntl" template (notification banner,
 * skip link, header nav, breadcrumbs, the headline with its dek, the bylines block with "Medically reviewed by", "Updated
 * on" and "Fact checked by" and a hidden author-bio tooltip, the primary image with its credit, the "Table of Contents" with
 * "View All", ad slots between blocks, an in-content "Read Next" link, the sources disclosure, the "Was this page helpful?"
 * widget with its hidden states, the newsletter box, "Related Articles", the footer with its disclaimer and the OneTrust
 * banner), and an encyclopedia topic page shaped like Britannica's (file c2).
 */
const vwTitle = 'Why You Feel Bloated After Eating—and How to Get Relief';
const vwDek = 'Most bloating is harmless and passes within a few hours';
const vwIntro = [
  'Feeling bloated after a meal is one of the most common digestive complaints. It usually shows up as a tight, full or swollen feeling in ' +
    'your belly, sometimes with gas or mild cramping. In most cases it’s caused by what you ate or how you ate it, and it eases on its own ' +
    'within a few hours.',
  'This article covers the usual causes of bloating after eating, the foods most likely to trigger it and simple ways to find relief. It also ' +
    'explains when bloating could be a sign of something that needs medical attention.',
];
const vwCauses = [
  'Bloating happens when gas or fluid builds up in your digestive tract, or when your gut becomes more sensitive to normal amounts of gas. ' +
    'Common reasons include:',
];
const vwCausesList = [
  '<b>Eating too fast:</b> Gulping food, talking while you eat and drinking through a straw make you swallow extra air.',
  '<b>Large or fatty meals:</b> Fat slows the emptying of your stomach, which can leave you feeling full and uncomfortable for longer.',
  '<b>Carbonated drinks:</b> The bubbles in soda and sparkling water release gas into your stomach.',
  '<b>Food intolerances:</b> If your body has trouble digesting lactose or certain sugars, bacteria in your colon ferment them and produce gas.',
  '<b>Constipation:</b> When stool moves slowly, gas gets trapped behind it.',
];
const vwFoods = [
  'Some foods contain carbohydrates that are only partly digested in the small intestine. These are broken down by gut bacteria instead, ' +
    'which makes gas. The most frequent culprits are beans and lentils, onions and garlic, broccoli and cabbage, wheat, and foods sweetened ' +
    'with sugar alcohols such as sorbitol.',
  'You don’t need to cut these foods out, since many are an important source of fiber. Try smaller portions and increase them slowly so ' +
    'your gut can adjust.',
];
const vwRelief = ['If you already feel bloated, these steps may help:'];
const vwReliefList = [
  'Go for a gentle 10- to 15-minute walk, which helps move gas through your digestive tract.',
  'Sip peppermint or ginger tea.',
  'Try an over-the-counter simethicone product, which helps gas bubbles combine so they pass more easily.',
  'Lie on your left side or try a gentle yoga pose such as child’s pose.',
];
const vwRelief2 = [
  'To prevent bloating, eat slowly, have smaller meals more often, limit fizzy drinks and keep a food diary to spot patterns. If dairy seems ' +
    'to be a trigger, try lactose-free milk for two weeks and see whether your symptoms improve.',
];
const vwDoctor = ['Occasional bloating is normal. Contact a healthcare provider if you have bloating along with:'];
const vwDoctorList = [
  'Unexplained weight loss',
  'Blood in your stool or black, tarry stools',
  'Vomiting or a fever',
  'Bloating that lasts for days or keeps getting worse',
];
const vwDoctor2 = [
  'These symptoms may point to a condition such as celiac disease, irritable bowel syndrome (IBS) or, rarely, an ovarian or digestive ' +
    'cancer, and they deserve a proper evaluation.',
];
const vwSummary = [
  'Bloating after eating is usually caused by swallowed air, large meals, fizzy drinks or foods that produce gas as they are digested. ' +
    'Eating slowly, adjusting portions and a short walk after meals help most people. See a healthcare provider if bloating is persistent ' +
    'or comes with warning signs such as weight loss or bleeding.',
];
const vwBio =
  'Rachel Ortiz, RDN, is a registered dietitian who writes about digestive health and nutrition. She has worked in outpatient clinics for ' +
  'more than a decade.';
const vwNav = ['Health A-Z', 'Prevention & Treatment', 'Wellness', 'News', 'Tools', 'About Us'];
const vwCrumbs = ['Health A-Z', 'Digestive Health'];
const vwToc = ['Common Causes', 'Trigger Foods', 'Relief', 'When to See a Provider', 'Summary'];
const vwReadNext = 'Foods That Help With Bloating';
const vwSourcesNote =
  'Wellwise Health uses only high-quality sources, including peer-reviewed studies, to support the facts within our articles. Read our ' +
  'editorial process to learn more about how we fact-check and keep our content accurate, reliable, and trustworthy.';
const vwSources = [
  'Lacy BE, Cangemi D, Vazquez-Roque M. Management of chronic abdominal distension and bloating. Clin Gastroenterol Hepatol. 2021;19(2):219-231.',
  'National Institute of Diabetes and Digestive and Kidney Diseases. Symptoms & causes of gas in the digestive tract.',
];
const vwFeedback = ['Was this page helpful?', 'Thanks for your feedback!', 'What is your feedback?', 'Helpful', 'Report an Error', 'Other', 'Submit'];
const vwNews = [
  'Daily Health Tips to Live Your Best Life',
  'Sign up for our Health Tip of the Day newsletter, and receive daily tips that will help you live your healthiest life.',
  'Sign Up',
  'You’re in!',
  'Thank you, {{form.email}}, for signing up.',
  'There was an error. Please try again.',
];
const vwRelated = [
  'How Long Does It Take for Food to Digest?',
  'What Causes Constant Gas and How to Stop It',
  'Lactose Intolerance: Signs You Can’t Digest Dairy',
  'The Best Teas for Digestion',
];
const vwFoot = ['About Us', 'Editorial Process', 'Privacy Policy', 'Terms of Service', 'Careers', 'Advertise', 'Contact', 'Your Privacy Choices'];
const vwDisclaimer =
  'Wellwise Health’s content is for informational and educational purposes only. Our website is not intended to be a substitute for ' +
  'professional medical advice, diagnosis, or treatment.';
const vwCookie =
  'We and our 212 partners store and/or access information on a device, such as unique IDs in cookies to process personal data. You may ' +
  'accept or manage your choices by clicking below.';
const vwPs = (a: readonly string[], n: number): string =>
  a.map((p, i) => `<p id="mntl-sc-block_${n}-0-${i}" class="comp mntl-sc-block mntl-sc-block-html">${p}</p>`).join('\n');
const vwUl = (a: readonly string[], n: number): string =>
  `<ul id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-html">${a.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>`;
const vwH2 = (id: string, t: string): string => `<h2 id="toc-${id}" class="comp mntl-sc-block mntl-sc-block-heading">
<span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const vwAd = (n: number): string => `<div id="mntl-sc-block-adslot_${n}-0" class="comp mntl-sc-block mntl-sc-block-adslot mntl-block"><div
id="square-flex_${n}-0" class="comp scads-to-load mntl-gpt-dynamic-adunit mntl-gpt-adunit gpt square-flex dynamic" data-height="250" data-ad-width="300">
<div id="square-flex" class="wrapper" data-type="square-flex" data-pos="atf" data-priority="2"></div></div></div>`;
const vwHtml = `<!DOCTYPE html>
<html id="verywellhealthArticle_1-0" class="comp verywellhealthArticle mntl-html no-js" data-ab="99,99,99,99" lang="en"><head><meta charset="utf-8">
<title>Bloated After Eating: Causes, Trigger Foods, and Relief</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Bloating after eating is usually caused by swallowed air, large meals or gassy foods. Learn how to get relief.">
<meta name="sailthru.author" content="Rachel Ortiz, RDN"><meta property="article:published_time" content="2025-09-30T14:05:00Z">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["MedicalWebPage"],"headline":"${vwTitle}","datePublished":
"2021-04-12T10:00:00.000-04:00","dateModified":"2025-09-30T14:05:00.000-04:00","author":[{"@type":"Person","name":"Rachel Ortiz, RDN"}],"reviewedBy":[{"@type":
"Person","name":"Kwame Asante, MD"}],"publisher":{"@type":"Organization","name":"Wellwise Health"}}]</script>
<link rel="stylesheet" href="https://www.wellwisehealth.com/static/5.112.0/cache/eNqVkuEKgyAQhV9olcs6Z.min.css">
<script>window.Mntl=window.Mntl||{};Mntl.csrf="x9f2";window.dataLayer=window.dataLayer||[];</script></head>
<body id="verywellhealthArticle_2-0" class="comp verywellhealthArticle mntl-body body mntl-article-body" data-sc-ad-label="Advertisement">
<div class="comp mntl-notification-banner" data-tracking-container="true"><p>Our editors regularly review and update articles when new research
is published.</p></div><a href="#main" class="comp mntl-skip-to-content mntl-text-link"><span class="link__wrapper">Skip to content</span></a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="mntl-header__inner"><a id="logo_1-0" class="comp logo mntl-logo"
href="https://www.wellwisehealth.com/" aria-label="Visit Wellwise Health's homepage"><svg class="logo-svg"><use xlink:href="#logo"></use></svg></a>
<nav id="fullscreen-nav_1-0" class="comp fullscreen-nav"><ul class="fullscreen-nav__list">${links(vwNav, 'fullscreen-nav__list-item')}</ul></nav>
<button class="mntl-header__search-button" aria-label="Search"><span>Search</span></button>
<a href="/newsletters" class="mntl-header__newsletter-button">Newsletters</a></div></header>
<main id="main" class="loc main"><article id="article_1-0" class="comp right-rail article--structured article mntl-article" data-tracking-container="true">
<div class="loc article-pre-header"><ul id="mntl-breadcrumbs_1-0"
class="comp mntl-breadcrumbs breadcrumbs">${links(vwCrumbs, 'comp mntl-breadcrumbs__item')}</ul>
</div><header class="loc article-header"><div class="comp article-header-wrapper"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">
${vwTitle}</h1><h2 id="article-subheading_1-0" class="comp article-subheading mntl-text-block">${vwDek}</h2>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-attribution__item mntl-attribution__item--author"><span
class="mntl-attribution__item-descriptor">By</span> <div class="mntl-attribution__item-name-wrapper"><a class="mntl-attribution__item-name"
href="/rachel-ortiz-8611572">Rachel Ortiz, RDN</a><div class="mntl-attribution__bio mntl-tooltip" aria-hidden="true" style="display:none">
<p class="mntl-attribution__bio-text">${vwBio}</p><a href="/editorial-process" class="mntl-attribution__bio-link">Learn about our editorial process</a></div>
</div></div><div class="mntl-attribution__item mntl-attribution__item--reviewer"><span class="mntl-attribution__item-descriptor">Medically reviewed by</span>
<a class="mntl-attribution__item-name" href="/kwame-asante-md-8611940">Kwame Asante, MD</a></div>
<div class="mntl-attribution__item-date">Updated on September 30, 2025</div>
<div class="mntl-attribution__item mntl-attribution__item--fact-checker"><span class="mntl-attribution__item-descriptor">Fact checked by</span>
<a class="mntl-attribution__item-name" href="/nia-holloway-8612001">Nia Holloway</a></div></div></div></header>
<div class="loc article-content-container"><figure id="figure-article_1-0" class="comp figure-article mntl-universal-primary-image primary-image">
<div class="img-placeholder" style="padding-bottom:66.6%;"><img
src="https://www.wellwisehealth.com/thmb/bloating-after-eating-GettyImages-1182744-1500x1000.jpg"
alt="Woman holding her stomach after a meal" width="1500" height="1000" class="primary-image__image mntl-primary-image--blurry"></div>
<figcaption id="figure-article-caption_1-0" class="comp figure-article-caption mntl-figure-caption figure-article-caption">
<span class="figure-article-caption-owner">Wellwise / Marisol Chen</span></figcaption></figure>
<div id="mntl-toc_1-0" class="comp mntl-toc toc"><span class="mntl-toc__heading">Table of Contents</span><div class="mntl-toc__list-container"><ul
class="mntl-toc__list">${vwToc.map((t, i) => `<li class="mntl-toc__list-item"><a href="#toc-${i}" class="mntl-toc__list-item-link">${t}</a></li>`).join('\n')}
</ul></div><button class="mntl-toc__button" aria-label="View All">View All</button></div>
<div id="article-content_1-0" class="loc article-content"><div id="mntl-sc-page_1-0" class="comp article-body mntl-sc-page mntl-block"
data-sc-sticky-offset="60"
data-sc-ad-label="Advertisement" data-sc-ad-track-spacing="100" data-sc-min-track-height="250" data-sc-max-track-height="600">
${vwPs(vwIntro, 1)}
${vwAd(1)}
${vwH2('0', 'Common Causes of Bloating After Eating')}
${vwPs(vwCauses, 2)}
${vwUl(vwCausesList, 3)}
${vwH2('1', 'Foods That Commonly Cause Bloating')}
${vwPs(vwFoods, 4)}
<div id="mntl-sc-block-inlinelink_1-0" class="comp mntl-sc-block mntl-sc-block-inlinelink"><span class="mntl-sc-block-inlinelink__label">Read Next:</span>
<a href="/foods-that-help-with-bloating-8612233" class="mntl-sc-block-inlinelink__link">${vwReadNext}</a></div>
${vwAd(2)}
${vwH2('2', 'How to Relieve Bloating')}
${vwPs(vwRelief, 5)}
${vwUl(vwReliefList, 6)}
${vwPs(vwRelief2, 7)}
${vwH2('3', 'When to See a Healthcare Provider')}
${vwPs(vwDoctor, 8)}
${vwUl(vwDoctorList, 9)}
${vwPs(vwDoctor2, 10)}
${vwAd(3)}
${vwH2('4', 'Summary')}
${vwPs(vwSummary, 11)}
</div></div>
<div id="article-sources_1-0" class="comp expandable article-sources mntl-article-sources"><div class="mntl-article-sources__heading">
<span class="mntl-article-sources__title">Sources</span></div><div class="expandable-content"><p class="mntl-article-sources__description">${vwSourcesNote}</p>
<ol class="mntl-article-sources__list">${vwSources.map((s) => `<li class="mntl-article-sources__item">${s}</li>`).join('\n')}</ol></div></div>
<div id="mntl-article-feedback_1-0" class="comp mntl-article-feedback" data-tracking-container="true"><div
class="mntl-article-feedback__heading">${vwFeedback[0]}</div>
<div class="mntl-article-feedback__thanks is-hidden">${vwFeedback[1]}</div><form class="mntl-article-feedback__form is-hidden"><div
class="mntl-article-feedback__question">${vwFeedback[2]}</div><ul>${vwFeedback
  .slice(3, 6)
  .map((t) => `<li><label><input type="radio" name="feedback" value="${t}"> ${t}</label></li>`)
  .join('')}</ul><button type="submit">${vwFeedback[6]}</button></form></div>
</div></article>
<aside class="loc right-rail"><div id="right-rail-ad_1-0" class="comp mntl-gpt-adunit gpt sticky"></div></aside>
<section id="mntl-newsletter-signup_1-0" class="comp mntl-newsletter-signup newsletter-signup"><div class="mntl-newsletter-signup__title">${vwNews[0]}</div>
<p class="mntl-newsletter-signup__description">${vwNews[1]}</p><form class="mntl-newsletter-submit"><input type="email" name="email"
placeholder="Enter your email"
aria-label="Enter your email"><button type="submit" class="mntl-newsletter-submit__button">${vwNews[2]}</button></form>
<div class="mntl-newsletter-signup__success is-hidden"><p class="mntl-newsletter-signup__success-title">${vwNews[3]}</p><p>${vwNews[4]}</p></div>
<div class="mntl-newsletter-signup__error is-hidden"><p>${vwNews[5]}</p></div></section>
<section id="mntl-related-articles_1-0" class="comp related-articles"><h2 class="related-articles__title">Related Articles</h2><ul
class="related-articles__list">${vwRelated
  .map(
    (t) =>
      `<li class="card-list__item"><a class="comp card mntl-card" href="#"><div class="card__content"><span class="card__title">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></section></main>
<footer id="footer_1-0" class="comp footer mntl-footer" role="contentinfo"><div
class="footer__nav"><ul>${links(vwNav.slice(0, 4))}</ul><ul>${links(vwFoot)}</ul>
</div><p class="footer__disclaimer">${vwDisclaimer}</p><p class="footer__dotdash">Wellwise Health is part of the Harbourline Media publishing family.</p>
</footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<h2 id="onetrust-policy-title">We Care About Your Privacy</h2><div id="onetrust-policy-text">${vwCookie}</div><div id="onetrust-button-group">
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Show Purposes</button></div></div></div></div>
<script src="https://www.wellwisehealth.com/static/5.112.0/cache/eNrFVttu2zAM.min.js" async></script></body></html>`;
const verywellPage: TestPage = {
  html: vwHtml,
  name: 'heldout82-verywell-style-dotdash-article',
  kind: 'blog',
  // every paragraph and list item of the article body is body; the dek under the headline is in neither list; the author,
  // reviewer, fact checker and "Updated on" lines are bylines ("By", "Medically reviewed by", "Fact checked by" labels too);
  // the hidden author bio, the image credit, the table of contents, "Read Next", the sources disclosure (its entries in
  // neither list), the feedback widget, newsletter, related articles, footer and consent banner are furniture
  title: vwTitle,
  headings: [
    'Common Causes of Bloating After Eating',
    'Foods That Commonly Cause Bloating',
    'How to Relieve Bloating',
    'When to See a Healthcare Provider',
    'Summary',
  ],
  body: texts([
    ...vwIntro,
    ...vwCauses,
    ...vwCausesList,
    ...vwFoods,
    ...vwRelief,
    ...vwReliefList,
    ...vwRelief2,
    ...vwDoctor,
    ...vwDoctorList,
    ...vwDoctor2,
    ...vwSummary,
  ]),
  bylines: ['Rachel Ortiz, RDN', 'Medically reviewed by', 'Kwame Asante, MD', 'Updated on September 30, 2025', 'Fact checked by', 'Nia Holloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Our editors regularly review and update articles when new research is published.', 'Skip to content', ...vwNav, 'Search', 'Newsletters',
    ...vwCrumbs, vwBio, 'Learn about our editorial process', 'Wellwise / Marisol Chen', 'Table of Contents',
    ...vwToc.filter((t) => t !== 'Summary' && t !== 'Common Causes'),
    'View All', 'Read Next:', vwReadNext, 'Sources', vwSourcesNote, ...vwFeedback, ...vwNews, 'Related Articles', ...vwRelated, ...vwFoot,
    vwDisclaimer, 'Wellwise Health is part of the Harbourline Media publishing family.', 'We Care About Your Privacy', vwCookie, 'Accept All', 'Reject All',
    'Show Purposes',
  ])],
};

export const HELDOUT82_C: readonly TestPage[] = [verywellPage, encyclopediaPage];
