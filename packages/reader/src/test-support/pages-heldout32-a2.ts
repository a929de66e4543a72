import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 32, file a2: an Economist article on its Next.js template (emotion class names, skip link, masthead with
 * "Weekly edition" and "The world in brief", the section breadcrumb, the fly-title above the headline and the rubric under
 * it, the date with its dateline, the audio player with its "Listen to this story" line and audio fallback text, "Give"
 * and save buttons, the lead image credit, small-caps opening, inline advert slots, the ■ end mark, the print-edition line,
 * "Reuse this content", topic tags, "More from Europe" with fly-titles, a newsletter promo, the footer with its motto and
 * the __NEXT_DATA__ blob).
 */
const ecFly = 'Portugal’s cork forests';
const ecTitle = 'Pulling the stopper';
const ecRubric = 'Drought, disease and a shortage of skilled hands threaten an ancient harvest';
const ecBody = [
  '<span data-caps="initial">E</span><small>VERY NINE</small> years, from late May until the start of August, men with short axes climb into the ' +
    'cork oaks of the Alentejo and peel off their bark in curved slabs. The work cannot be done by machine without harming the tree, ' +
    'and a careless cut can ruin it for a generation. A good stripper earns €180 a day, among the best rural wages in Portugal. ' +
    'Yet there are fewer of them every season.',
  'Portugal supplies roughly half the world’s cork, most of it bound for wine bottles. The industry’s trade body reckons that ' +
    'exports reached €1.3bn last year, a record, helped by winemakers who had tried screw caps and plastic stoppers and come back. ' +
    'But the forests that feed the factories near Santa Maria da Feira are under strain. Five of the past seven summers have been ' +
    'drier than average, and a root disease carried by a water mould has spread through the stands south of the Tagus.',
  '“The tree is patient, but it is not immortal,” says Joaquim Serrão, whose family owns 600 hectares near Arraiolos. He has lost ' +
    'about one oak in 20 since 2020. A cork oak is not stripped for the first time until it is about 25 years old, and the first ' +
    'two harvests yield coarse bark fit only for floor tiles and insulation. A landowner who plants today will not sell bottle-grade ' +
    'cork until the 2070s.',
  'That arithmetic has long discouraged replanting. The government now pays grants of up to €4,000 a hectare for new stands and ' +
    'for irrigation in their early years, and a consortium of producers has been breeding seedlings from trees that survived the ' +
    'droughts. Early results are encouraging: in trial plots near Coruche, saplings from hardy parents grew a third faster.',
  'The shortage of labour may prove harder to fix. Most strippers are over 50, and the work is seasonal, dangerous and hot. ' +
    'A school in Ponte de Sor that trains new ones had 14 students last year. Mr Serrão says he has started hiring crews from ' +
    'Extremadura, across the Spanish border, where the same skill survives among older farmworkers.',
  'Some think technology will help. A startup in Lisbon has built a handheld tool that measures the thickness of the bark and ' +
    'guides the blade, which it says lets a novice work safely after a fortnight’s training rather than a few seasons. The ' +
    'veterans are sceptical. Still, with prices rising and the forests thinning, they may not have the luxury of turning down help. ' +
    'A harvest that has survived since the Romans now depends on finding the next generation willing to climb.<span data-ornament="ufinish"> ■</span>',
];
const ecNav = ['Weekly edition', 'The world in brief', 'Search', 'Subscribe', 'Log in'];
const ecTopics = ['Europe', 'Portugal', 'Agriculture', 'Climate change'];
const ecMore = [
  ['Frozen out', 'Finland’s ice-road truckers face a shorter season'],
  ['Charlemagne', 'The European Union’s long goodbye to the combustion engine'],
  ['Polish politics', 'A new president tests the limits of cohabitation'],
];
const ecFootA = ['About', 'Advertise', 'Press centre', 'Economist Impact', 'Economist Enterprise', 'The Economist Store'];
const ecFootB = ['Terms of Use', 'Privacy', 'Cookie Policy', 'Manage Cookies', 'Accessibility', 'Modern Slavery Statement', 'Sitemap', 'Your Data Rights'];
const ecMotto =
  'Published since September 1843 to take part in “a severe contest between intelligence, which presses forward, and an unworthy, ' +
  'timid ignorance obstructing our progress.”';
const ecP = (t: string): string => `<p data-component="paragraph" class="css-1l5amll e1y9q0ei0">${t}</p>`;
const ecAd = (n: number): string =>
  `<div class="adComponent_advert__kPVUI adComponent_incontent__rkQlV"><span class="adComponent_label__OsNfz">Advertisement</span>` +
  `<div id="econ-${n}" data-ad-slot="inline-${n}"></div></div>`;
const ecHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${ecTitle} | ${ecFly}</title>
<meta name="description" content="${ecRubric}"><meta property="og:title" content="${ecFly}: ${ecTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ecTitle}","description":"${ecRubric}",
"articleSection":"Europe","datePublished":"2026-01-15T13:41:24Z","publisher":{"@type":"Organization","name":"The Economist"}}</script>
<style data-emotion="css 1l5amll">.css-1l5amll{font-family:var(--ds-type-system-serif);font-size:1.125rem;margin-bottom:1rem}</style></head>
<body><div id="__next"><a class="css-1c2w6z2 e1hm1ub60" href="#content">Skip to content</a>
<header class="css-j8fkdz e1wh1n1u0"><nav aria-label="Primary"><button class="css-1a0ewfs" aria-expanded="false">Menu</button>
<a href="/" aria-label="The Economist"><svg role="img"></svg></a><ul>${links(ecNav, 'css-14ee7hl')}</ul></nav></header>
<main id="content" role="main" class="css-1v2hrw1 e1prll3w0"><section class="css-1m6tmcm e1prll3w1">
<div class="css-1bo5zl0 e1wbdajb0"><a href="/europe" data-analytics="article:section" class="css-bz1byw">Europe</a></div>
<div class="css-1jlnyw5 e1z4r8fh0"><span class="css-ow2v9j e1r7ne5h0" data-test-id="article-fly-title">${ecFly}</span>
<h1 class="css-1ugu6ie e1r7ne5h1">${ecTitle}</h1><h2 class="css-1mr8hyu e1h5ybbq0">${ecRubric}</h2></div>
<div class="css-sfxtte e1z4r8fh2"><time datetime="2026-01-15T13:41:24.374Z" class="css-94rl8c">Jan 15th 2026</time>
<span aria-hidden="true">|</span><span class="css-10jctlp">ÉVORA</span><span class="css-1vfr2hl"> · 4 min read</span></div>
<div class="css-1xfg6wj e1d5t3i50"><button aria-label="Give this article" class="css-12bdyd">Give</button>
<button aria-label="Save this article" class="css-12bdyd">Save</button><button aria-label="Share this article" class="css-12bdyd">Share</button></div>
<figure class="css-3mn275 e1hd2k6d0"><img src="https://www.economist.com/cdn-cgi/image/width=1424/content-assets/images/20260117_EUP002.jpg" alt="">
<figcaption class="css-18hge8r e5tfikp0"><span>Photograph: Getty Images</span></figcaption></figure>
<div class="css-5yjo5w e1x8u5o60" data-test-id="audio-player"><p class="css-1n4rqjm">Listen to this story</p>
<audio preload="none" src="https://cdn.economist.com/audio/20260117_EUP002.mp3">Your browser does not support the &lt;audio&gt; element.</audio>
<button aria-label="Play" class="css-yd2wz6">Play</button><span class="css-1fd5z0f">00:00</span><span>/</span><span class="css-1fd5z0f">04:51</span>
<p class="css-1kzcwh1">Enjoy more audio and podcasts on <a href="https://economist.com/app-ios">iOS</a> or
<a href="https://economist.com/app-android">Android</a>.</p></div>
<div class="css-13yk5oe e13topc91" data-test-id="Article-body">
${ecBody.slice(0, 2).map(ecP).join('\n')}
${ecAd(1)}
${ecBody.slice(2, 5).map(ecP).join('\n')}
${ecAd(2)}
${ecP(ecBody[5] ?? '')}
</div><p class="css-1qrx0cs e1c8g3p70">This article appeared in the Europe section of the print edition under the headline “${ecTitle}”</p>
<a class="css-ynn1lp" href="https://www.economist.com/rights">Reuse this content</a>
<div class="css-c1ax1x e1kr8gxs0"><h3>Explore more</h3><ul>${links(ecTopics, 'css-1yn4ssp')}</ul></div></section>
<section class="css-1u4o4fd e1d3yfag0" data-test-id="more-from-section"><h2>More from Europe</h2>
${ecMore.map(([f, h]) => `<div class="css-1skbtxz"><span class="css-1a6lwh4">${f}</span><h3><a href="/europe/2026/01/15/x">${h}</a></h3></div>`).join('\n')}
</section><aside class="css-1nyyfgr" data-test-id="newsletter-promo"><h3>Sign up to Europe Unpacked</h3>
<p>Our weekly newsletter on the continent’s politics, business and culture, for subscribers only.</p><a href="/newsletters">Sign up</a></aside></main>
<footer class="css-1ubnllb e1f8ttz70"><p class="css-9b1ksk">${ecMotto}</p><ul>${links(ecFootA)}</ul><ul>${links(ecFootB)}</ul>
<p>Copyright © The Economist Newspaper Limited 2026. All rights reserved.</p></footer>
<div id="sp_message_container_1052410" class="sp_veil" style="display:none"></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"content":{"headline":"${ecTitle}","flyTitle":"${ecFly}",
"rubric":"${ecRubric}","section":{"name":"Europe"},"dateline":"ÉVORA"}}},"page":"/[...slug]","buildId":"a7c2d91"}</script>
</body></html>`;
export const economistArticle: TestPage = {
  html: ecHtml,
  name: 'heldout32-economist-article',
  kind: 'news',
  // the headline is the title; the rubric (an h2 under it) is the article's dek: body; the fly-title above the headline is a
  // label for the subject, as a kicker is: furniture; the small caps of the opening ("EVERY NINE") stay in the first paragraph
  // and the ■ end mark in the last (it has no word); the article has no author: its date and its dateline "ÉVORA" are the
  // bylines; the section breadcrumb "Europe" is left out (a word of "More from Europe" and of the print line, which are kept);
  // the photo credit, audio player ("Listen to this story", the audio fallback text, times, the app line), "Give"/"Save"/"Share",
  // advert labels, the print-edition line, "Reuse this content", "Explore more" and its topics, "More from Europe" with its
  // fly-titles and headlines, the newsletter promo, masthead and footer are furniture; "Portugal" as a topic tag is a word of the
  // body: left out, "Play" and the times too, and the footer's "About" (a body word)
  title: ecTitle,
  headings: [],
  body: [ecRubric, ...texts(ecBody)],
  bylines: ['Jan 15th 2026', 'ÉVORA'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Menu', ...ecNav, ecFly, '4 min read', 'Give', 'Save', 'Share', 'Photograph: Getty Images', 'Listen to this story',
    'Your browser does not support the <audio> element.', 'Enjoy more audio and podcasts on iOS or Android.', 'Advertisement',
    `This article appeared in the Europe section of the print edition under the headline “${ecTitle}”`, 'Reuse this content', 'Explore more',
    'Agriculture', 'Climate change', 'More from Europe', ...ecMore.flat(), 'Sign up to Europe Unpacked',
    'Our weekly newsletter on the continent’s politics, business and culture, for subscribers only.', ecMotto,
    ...ecFootA.filter((t) => t !== 'About'), ...ecFootB,
    'Copyright © The Economist Newspaper Limited 2026. All rights reserved.',
  ],
};
