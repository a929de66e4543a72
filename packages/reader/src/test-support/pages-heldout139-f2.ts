import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 139, file f2: a Wikipedia article in the Wikiwand reader (www.wikiwand.com/en/articles/...), a Next.js
 * page with CSS-module class names: the header with logo, search, language and sign-in buttons, the sidebar contents list,
 * the cover image, the h1 with the short description and "From Wikipedia, the free encyclopedia", the action bar, the
 * "Quick facts" infobox box, sections with a figure caption, ad slots with "Remove ads", the references list, the related
 * articles grid, the browser-extension promo and the footer with the licence line.
 */
const title = 'Kestrel Point Observatory';
const desc = 'Astronomical observatory in Strell';
const ref = (n: number): string => `<sup class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const lead = [
  `<b>Kestrel Point Observatory</b> is an astronomical observatory on the headland of Kestrel Point, near the town of Harrowby in northern Strell. Founded
in 1887 by the amateur astronomer Edith Varney, it is the oldest observatory in the country still in regular use, and since 1962 it has been run by the
University of Harrowby.${ref(1)}`,
  `The observatory houses the Varney Refractor, a 38-centimetre telescope completed in 1891, and a modern 1.2-metre survey telescope. It is also known for its
public programme, which draws around 30,000 visitors a year.`,
];
const heads = ['History', 'Telescopes', 'Varney Refractor', 'Survey Telescope', 'Research', 'Public outreach'];
const history = [
  `Edith Varney chose Kestrel Point for its dark skies and its unusually steady air, which she had noticed while on holiday in the area in the early
1880s. She paid for the first dome and a small refracting telescope herself, and recorded observations of variable stars there for more than 40
years.${ref(2)}`,
  `After her death in 1931 the observatory was left to the Harrowby Astronomical Society, which kept it open with volunteer staff. Rising costs led the
society to transfer it to the newly founded University of Harrowby in 1962, on condition that it remain open to the public.`,
];
const varney = [
  `The Varney Refractor was built by the instrument maker Tobias Greel and installed in a new dome in 1891. It was used for measurements of double stars until
the 1970s and was restored in 2015, when its original brass tube and clock drive were cleaned and repaired.${ref(3)}`,
];
const survey = [
  `The 1.2-metre Survey Telescope was added in 2009 in a separate building on the north side of the site. It is operated remotely from the university campus
and is used mainly to monitor variable stars and to search for asteroids.`,
];
const research = [
  `Research at Kestrel Point continues Varney's interest in variable stars. Its long record of observations, some going back more than 130 years, has been
used to study slow changes in the brightness of several giant stars.${ref(4)}`,
  'Since 2016 the Survey Telescope has discovered 47 asteroids, three of which have been named after local landmarks.',
];
const outreach = [
  `The observatory holds open evenings twice a week from September to April, when visitors can look through the Varney Refractor. A visitor centre with a
small planetarium opened in 2018. Volunteers from the Harrowby Astronomical Society still help to run the public programme.`,
];
const caption = 'The Varney Refractor dome, photographed in 2016';
const refs = [
  '"History of the observatory". University of Harrowby. Retrieved 3 March 2024.',
  'Mallory, J. (2002). <i>Edith Varney and the Stars</i>. Harrowby: Headland Press. pp. 21–40.',
  '"Restoring the Varney Refractor". <i>Strell Astronomy</i>. 14 October 2015.',
  'Aske, R.; Penrose, L. (2020). "A century of variable star observations at Kestrel Point". <i>Journal of Stellar Studies</i>. 58: 301–315.',
];
const header = ['Search', 'EN', 'Sign in'];
const actions = ['Summarize', 'Share', 'View on Wikipedia'];
const quick = ['Quick facts', 'Close'];
const related: [string, string][] = [
  ['University of Harrowby', 'Public university in Strell'],
  ['Harrowby Astronomical Society', 'Amateur astronomy society'],
  ['Edith Varney', 'Strellish astronomer (1849–1931)'],
];
const promo = [
  'Wikiwand in your browser!',
  'Seamless Wikipedia browsing. On steroids.',
  "Every time you click a link to Wikipedia, Wiktionary or Wikiquote in your browser's search results, it will show the modern Wikiwand interface.",
  'Wikiwand extension is a five stars, simple, with minimum permission required to keep your browsing private, safe and transparent.',
  'Add to Chrome',
];
const footer = ['About', 'Help', 'Privacy', 'Terms', 'Contact'];
const licence = 'Content is based on the Wikipedia article Kestrel Point Observatory, licensed under CC BY-SA 4.0. Additional terms may apply.';
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const id = (t: string): string => t.replace(/ /g, '_');
const sec = (level: 2 | 3, t: string, inner: string): string =>
  `<section id="${id(t)}" class="ArticleSection_section__t8Xq2"><h${level} class="ArticleSection_heading__kZ0m1">${t}</h${level}>${inner}</section>`;
const ad = (n: number): string => `<div class="AdSlot_adSlot__P2cL7" data-slot="article-${n}"><span class="AdSlot_label__Q0f1c">Advertisement</span>
<div id="wikiwand-ad-${n}" style="min-height:250px"></div><button class="AdSlot_removeAds__ZpY3n">Remove ads</button></div>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charSet="utf-8"><title>Kestrel Point Observatory - Wikiwand</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Kestrel Point Observatory is an astronomical observatory near Harrowby.">
<meta property="og:title" content="Kestrel Point Observatory - Wikiwand"><meta property="og:site_name" content="Wikiwand"><meta property="og:type"
content="article">
<link rel="canonical" href="https://www.wikiwand.com/en/articles/Kestrel_Point_Observatory"><link rel="stylesheet" href="/_next/static/css/5e1a7c2d9f0b.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","description":"${desc}",
"isBasedOn":"https://en.wikipedia.org/wiki/Kestrel_Point_Observatory","publisher":{"@type":"Organization","name":"Wikiwand"}}</script>
<script src="/_next/static/chunks/webpack-8d1c2a.js" defer></script><script src="/_next/static/chunks/pages/%5Blang%5D/articles/%5Btitle%5D-41e7.js"
defer></script></head>
<body><div id="__next"><div class="App_app__jW2nQ theme-light">
<header class="Header_header__Xd2Fk"><a class="Header_logo__a81Bm" href="/" aria-label="Wikiwand home"><svg aria-hidden="true"></svg></a>
<div class="SearchBar_search__hR4c9"><input type="search" aria-label="${header[0]}" placeholder="${header[0]}"><span
class="SearchBar_label__b2Lq0">${header[0]}</span></div>
<div class="Header_actions__m3Zq1"><button class="LangButton_lang__uV2zT" aria-label="Change language">${header[1]}</button>
<button class="Header_signIn__K7ePw">${header[2]}</button></div></header>
<div class="Layout_layout__3tZpN"><aside class="Toc_toc__c1YxT" aria-label="Table of contents"><div class="Toc_title__Zz8Lk">Contents</div><ul>
${heads.map((t) => `<li class="Toc_item__y4Ffe"><a href="#${id(t)}">${t}</a></li>`).join('')}</ul></aside>
<main class="Layout_main__R5mPq"><article id="article" class="Article_article__0Xw8E"><div class="Cover_cover__Gm8pQ"><img
src="https://upload.wikimedia.org/wikipedia/commons/thumb/2/21/Kestrel_Point_Observatory.jpg/1200px-Kestrel_Point_Observatory.jpg" alt="" loading="eager"></div>
<div class="Title_titleWrapper__lW5Wd"><h1 class="Title_title__q1dP6">${title}</h1><p class="Title_subtitle__C0h6v">${desc}</p>
<p class="Title_source__eQ0zG">From Wikipedia, the free encyclopedia</p></div>
<div class="ArticleActions_actions__vN2kX"><button>${actions[0]}</button><button>${actions[1]}</button>
<a href="https://en.wikipedia.org/wiki/Kestrel_Point_Observatory" rel="noopener" target="_blank">${actions[2]}</a></div>
<div class="Article_content__pW3cN mw-parser-output" lang="en">
<section id="lead" class="ArticleSection_section__t8Xq2">
<div class="Infobox_infobox__x3Lr0"><div class="Infobox_header__b6Ttq"><span>${quick[0]}</span><button class="Infobox_close__t7Qn4">${quick[1]}</button></div>
<table class="infobox"><tbody><tr><th scope="row" class="infobox-label">Organization</th><td class="infobox-data">University of Harrowby</td></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Kestrel Point, Harrowby, Strell</td></tr>
<tr><th scope="row" class="infobox-label">Established</th><td class="infobox-data">1887</td></tr><tr><th scope="row" class="infobox-label">Altitude</th>
<td class="infobox-data">64 m (210 ft)</td></tr></tbody></table></div>
${ps(lead)}</section>
${ad(1)}
${sec(2, heads[0]!, ps(history))}
${sec(
  2,
  heads[1]!,
  `<figure typeof="mw:File/Thumb" class="Figure_figure__k0Vn2"><img
src="https://upload.wikimedia.org/wikipedia/commons/thumb/7/7a/Varney_dome.jpg/400px-Varney_dome.jpg"
alt="" loading="lazy" width="400" height="300"><figcaption>${caption}</figcaption></figure>
${sec(3, heads[2]!, ps(varney))}
${sec(3, heads[3]!, ps(survey))}`,
)}
${sec(2, heads[4]!, ps(research))}
${ad(2)}
${sec(2, heads[5]!, ps(outreach))}
<section id="References" class="ArticleSection_section__t8Xq2"><h2 class="ArticleSection_heading__kZ0m1">References</h2><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></section></div></article>
<section class="Related_related__jQ4sV"><h2 class="Related_title__W2mUa">Related articles</h2><ul>
${related
  .map(
    ([t, d]) => `<li class="Related_card__c5Znb"><a href="/en/articles/${id(t)}"><span class="Related_cardTitle__a0Rq2">${t}</span><span
class="Related_cardDesc__Hh3Lx">${d}</span></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="ExtensionPromo_promo__Gv2Qe"><h2>${promo[0]}</h2><p class="ExtensionPromo_tagline__s0dPz">${promo[1]}</p><p>${promo[2]}</p><p>${promo[3]}</p>
<a class="ExtensionPromo_cta__V7nRk" href="https://chromewebstore.google.com/detail/wikiwand">${promo[4]}</a></section></main></div>
<footer class="Footer_footer__bN8vQ"><p class="Footer_licence__Jw4pL">${licence}</p><ul>${footer
  .map(
    (t) => `<li><a
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('')}</ul>
<p class="Footer_copy__a2XcR">© 2025 Wikiwand</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"lang":"en","title":"${id(title)}","isRtl":false}},"page":"/[lang]/articles/[title]",
"query":{"lang":"en","title":"${id(title)}"},"buildId":"k3Yx9QpL2c","isFallback":false,"gip":true,"scriptLoader":[]}</script></body></html>`;

export const wikiwand: TestPage = {
  name: 'heldout139-wikiwand-article',
  kind: 'wiki',
  html,
  // the short description, "From Wikipedia...", header, contents list (its entries repeat the headings and are left
  // out), action bar, "Quick facts" box controls, caption, ad labels, references, related articles, extension promo and
  // footer are furniture; the infobox is in neither list
  title,
  headings: heads,
  body: texts([...lead, ...history, ...varney, ...survey, ...research, ...outreach]),
  bylines: [],
  furniture: [
    ...header,
    'Contents',
    desc,
    'From Wikipedia, the free encyclopedia',
    ...actions,
    ...quick,
    'Advertisement',
    'Remove ads',
    caption,
    'References',
    ...texts(refs),
    'Related articles',
    ...related.flat(),
    ...promo,
    licence,
    ...footer,
    '© 2025 Wikiwand',
  ],
};
