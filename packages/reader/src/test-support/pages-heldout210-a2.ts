import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 210, file a2: a Top Gear car review (Next.js page: header with "Subscribe" and "Sign in", the review
 * header with the score out of 10, "Good stuff" / "Bad stuff" and the price line, "What is it?" style sections, gallery
 * button and caption, the "Top Gear's top 9" rail, "More from Top Gear", the magazine subscription promo, the OneTrust
 * banner and the footer).
 */
const tgTitle = 'Varda Solis Estate review: a plug-in estate that actually goes somewhere on electricity';
const tgDek = 'Varda’s second-generation PHEV estate has a bigger battery and a bigger claim. We took it to the coast to see.';
const tgGood = ['Genuine 70-mile electric range', 'Huge, square boot', 'Comfortable on the motorway'];
const tgBad = ['Dull to drive', 'Engine is coarse when the battery runs out', 'Pricey options'];
const tgH = ['What is it?', 'What’s it like on the road?', 'What is it like on the inside?', 'Should I buy one?'];
const tgP = [
  [
    'A plug-in hybrid estate from Varda, the Swedish-owned brand that has quietly become the default choice for people who want ' +
      'a big car without a big badge. The Solis was already one of the better PHEVs around, but this facelift brings a 29kWh ' +
      'battery, up from 19kWh, and an official electric range of 78 miles.',
    'That changes things. Plenty of owners will go weeks without using the petrol engine at all, which is the point of a plug-in ' +
      'hybrid that older ones never quite managed.',
  ],
  [
    'Quiet and relaxed, as long as the battery has charge. The 150kW front motor does almost all of the work around town and on ' +
      'A-roads, and it pulls cleanly up to motorway speeds. On a cold morning run from Hull to Whitby we saw 66 miles before the ' +
      'engine woke up.',
    'When it does, you notice. The 1.5-litre three-cylinder thrums loudly under load and the transitions between modes are less ' +
      'smooth than in the best rivals. The steering is light and accurate but says little, and the body leans in quick bends. It ' +
      'is a car for covering distance, not for enjoying corners.',
  ],
  [
    'Roomy, calm and well made. The seats are excellent over long trips and there is plenty of space in the back for three adults. ' +
      'The boot holds 620 litres with the seats up, and the floor is flat and square, with no lip to haul things over.',
    'The 12.3-inch touchscreen runs Google’s software, which means the maps are good and the voice control works. Less good: ' +
      'the climate controls are buried in the screen, and there is no physical volume knob.',
  ],
  [
    'If you can charge at home and most of your trips are under 60 miles, yes. The Solis Estate starts at £46,995, which is ' +
      'about £4,000 less than the equivalent electric estate from the same maker, and company car drivers will pay 8 per cent ' +
      'benefit-in-kind tax.',
    'If you cannot charge at home, or you mostly drive long distances, a plain hybrid or a diesel will serve you better. But for ' +
      'the right owner this is the first plug-in estate we would actually recommend without caveats.',
  ],
];
const tgNav = ['News', 'Reviews', 'Electric', 'Best cars', 'TV', 'Magazine', 'Car for sale'];
const tgTop9 = ['Top Gear’s top 9: the best estate cars', 'Top Gear’s top 9: cars with the biggest boots', 'Top Gear’s top 9: hybrid hatchbacks'];
const tgMore = ['Varda Solis Estate: the electric one driven', 'Long-term review: Corran Voyager Estate', 'Ten things we learned at the Geneva Motor Fair'];
const tgSub = ['Subscribe to Top Gear magazine', 'Get 6 issues for £6 and a free Top Gear gift', 'Subscribe now'];
const tgBanner = [
  'We use cookies to give you the best experience on our website. You can manage your cookie preferences at any time.',
  'Accept All Cookies',
  'Cookies Settings',
];
const tgFoot = ['About us', 'Contact us', 'Terms and conditions', 'Privacy policy', 'Cookie policy', 'Manage cookies', 'Advertise with us'];
const tgCopy = '© Immediate Media Company Ltd. 2026';
const tgCaption = 'The Solis Estate on the Yorkshire coast';
const tgSec = (h: string, ps: readonly string[]): string =>
  `<div class="ContentBlock_contentBlock__R2t5m"><h2 class="ContentBlock_heading__8ya1x">${h}</h2>
<div class="RichText_richText__wQ3xL">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div></div>`;
const tgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Varda Solis Estate Review 2026 | Top Gear</title>
<meta name="description" content="${tgDek}"><meta property="og:title" content="${tgTitle}"><meta property="og:site_name" content="Top Gear">
<link rel="canonical" href="https://www.topgear.com/car-reviews/varda/solis-estate">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Varda Solis Estate","review":{"@type":"Review",
"author":{"@type":"Person","name":"Ollie Kew"},"reviewRating":{"@type":"Rating","ratingValue":7,"bestRating":10}}}</script>
<link rel="preload" href="/_next/static/css/8a1f0c2b.css" as="style"><script src="/_next/static/chunks/webpack-5c2a.js" defer></script>
</head><body><div id="__next">
<header class="Header_header__Xy3pZ"><a class="Header_logo__w1aZ3" href="/" aria-label="Top Gear home"></a>
<nav class="Navigation_nav__T0p1Q" aria-label="Main"><ul>${links(tgNav, 'Navigation_item__3d9Ga')}</ul></nav>
<div class="Header_actions__Mf2kq"><a href="/subscribe" class="Button_primary__d4Xn1">Subscribe</a><button class="Header_signIn__Pq2a0">Sign in</button>
</div></header>
<main id="main-content" class="Layout_main__a8sD2">
<div class="ReviewHeader_wrapper__Kp1uE"><nav class="Breadcrumbs_breadcrumbs__ZqU2a" aria-label="breadcrumbs">
<ol>${links(['Car reviews', 'Varda', 'Solis Estate'])}</ol></nav>
<h1 class="ReviewHeader_title__b81Vx">${tgTitle}</h1><p class="ReviewHeader_standfirst__1ZtYc">${tgDek}</p>
<div class="Byline_byline__tS0u9"><span class="Byline_author__LgB8s">Ollie Kew</span><span class="Byline_date__4P0nE">Published: 03 Mar 2026</span></div>
<div class="Rating_rating__c9vQ1"><span class="Rating_score__8mXoT">7</span><span class="Rating_outOf__u3cRn">/10</span></div>
<div class="ProsCons_prosCons__R4nD2"><div class="ProsCons_col__zS8kH"><h3>Good stuff</h3><ul>${tgGood.map((t) => `<li>${t}</li>`).join('')}</ul></div>
<div class="ProsCons_col__zS8kH"><h3>Bad stuff</h3><ul>${tgBad.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<p class="PriceLine_price__p1HsQ">Price as tested: £52,340</p></div>
<figure class="HeroImage_figure__Tb2s1"><img src="https://images.topgear.example/solis-estate.jpg" alt="Varda Solis Estate">
<figcaption>${tgCaption}</figcaption><button class="Gallery_open__Jn7qM">View gallery (24)</button></figure>
<div class="SocialShare_share__Rr2sX"><span>Share</span><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share by email">Email</button></div>
<div class="ReviewBody_body__sd7QK">
${tgH.map((h, i) => tgSec(h, tgP[i] ?? [])).join('\n<div class="AdSlot_adSlot__qw7Lz" data-slot="inread"><span>Advert</span></div>\n')}
</div>
<section class="TopNine_rail__R2tQe"><h2>Top Gear’s top 9</h2><ul>${links(tgTop9)}</ul></section>
<section class="Subscribe_promo__zB3sk"><h3>${tgSub[0]}</h3><p>${tgSub[1]}</p><a class="Button_primary__d4Xn1" href="/subscribe">${tgSub[2]}</a></section>
<section class="Related_rail__q8S0e"><h2>More from Top Gear</h2><ul>${links(tgMore)}</ul></section>
</main>
<footer class="Footer_footer__P9vA2"><ul>${links(tgFoot)}</ul><p>${tgCopy}</p></footer></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${tgBanner[0]}</p></div>
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${tgBanner[1]}</button><button id="onetrust-pc-btn-handler">${tgBanner[2]}</button>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"reviewId":"solis-estate-2026"}},"page":"/car-reviews/[make]/[model]"}</script>
</body></html>`;
export const topGear: TestPage = {
  html: tgHtml,
  name: 'heldout210-topgear-review',
  kind: 'news',
  // the standfirst is body; the score, "Good stuff" / "Bad stuff" lists and price line are in neither list
  title: tgTitle,
  headings: tgH,
  body: texts([tgDek, ...tgP.flat()]),
  bylines: ['Ollie Kew', 'Published: 03 Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tgNav, 'Subscribe', 'Sign in', 'Car reviews', 'Varda', tgCaption, 'View gallery (24)', 'Share', 'Facebook', 'Email', 'Advert', 'Top Gear’s top 9',
    ...tgTop9, ...tgSub, 'More from Top Gear', ...tgMore, ...tgFoot, tgCopy, ...tgBanner,
  ],
};
