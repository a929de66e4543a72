import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, page } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file a2: a motorhome dealer's used motorhome listing on Next.js (CSS-module classes, gallery, finance
 * example, spec list, enquiry form, similar vehicles, __NEXT_DATA__).
 */
const mTitle = '2019 Carrick Voyager 680 EB';
const mPrice = '£58,995';
const mDek = '4 berth, end bedroom, 2.3 litre 140bhp, automatic, 21,400 miles';
const mSpecs: [string, string][] = [
  ['Year', '2019 (69 reg)'],
  ['Mileage', '21,400 miles'],
  ['Berths', '4'],
  ['Belts', '4'],
  ['Length', '7.42 m'],
  ['MTPLM', '3,500 kg'],
  ['Gearbox', 'Automatic'],
  ['Fuel', 'Diesel'],
];
const mDescH = 'About this motorhome';
const mDesc = [
  j(
    'This one-owner Voyager 680 EB has covered just 21,400 miles and comes to us with a full Carrick dealer service history and',
    'annual habitation checks every year since new. The end bedroom has fixed single beds that convert to a king-size double.',
  ),
  j(
    'Up front, the lounge has two inward-facing sofas and swivelling cab seats, with a drop-down bed above for two more.',
    'The kitchen has a three-burner hob, a separate oven and grill and a tall 142-litre fridge with a freezer compartment.',
  ),
  j(
    'Our workshop has carried out a full pre-sale inspection, a damp test with readings in the normal range throughout and',
    'a new leisure battery. It is ready to go away this weekend.',
  ),
];
const mFeatH = 'Key features';
const mFeats = [
  '150W roof solar panel',
  'Reversing camera',
  'Cab air conditioning',
  'Truma Combi 6 heating and hot water',
  'Electric step and awning',
  'Cycle rack for two bikes',
  'Cruise control',
];
const mWarrH = 'Warranty and handover';
const mWarr = j(
  'Every used motorhome we sell comes with a 12-month base vehicle and habitation warranty, a new MOT and a two-hour handover',
  'on our demonstration pitch, so you will know where everything is before you drive away.',
);
const mNav = ['New Motorhomes', 'Used Motorhomes', 'Campervans', 'Part Exchange', 'Finance', 'Workshop', 'Accessories Shop', 'About Us'];
const mCrumbs = ['Home', 'Used Motorhomes', 'Carrick'];
const mSim = [
  ['2020 Carrick Voyager 630 FB', '£61,450'],
  ['2018 Lindale Sierra 4', '£47,995'],
  ['2021 Ostra Coast 74 EB', '£69,750'],
];
const mFoot = ['Contact Us', 'Opening Hours', 'Careers', 'Privacy Notice', 'Complaints', 'Sitemap'];
const mFin = j(
  'Representative example: cash price £58,995, deposit £14,749, amount of credit £44,246, 120 monthly payments of £534.12,',
  'total amount payable £78,843.40, representative 9.9% APR.',
);
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${mTitle} | Used Motorhomes for Sale | Pennine Motorhome Centre</title>
<meta name="description" content="${mDek}. Full service history, 12-month warranty."/>
<link rel="canonical" href="https://www.penninemotorhomes.co.uk/used/carrick-voyager-680-eb-p4417"/>
<meta property="og:image" content="https://cdn.penninemotorhomes.co.uk/stock/p4417/01.jpg"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Vehicle","name":"${mTitle}","mileageFromOdometer":{"@type":"QuantitativeValue",
"value":21400,
"unitCode":"SMI"},"offers":{"@type":"Offer","price":58995,"priceCurrency":"GBP","availability":"https://schema.org/InStock"}}</script>
<link rel="preload" href="/_next/static/css/4c1f0e2a9d7b3e55.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1f0e2a9d7b3e55.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-8d3a1c2f.js" defer=""></script><script src="/_next/static/chunks/pages/used/%5Bslug%5D-2b7e9f01.js" defer="">
</script></head>
<body><div id="__next"><div class="Layout_wrapper__q2D7l"><div class="TopBar_bar__3kPzr"><p>Open 7 days · Sat 9–5 · Sun 10–4</p>
<a href="tel:01422880514">01422 880514</a></div>
<header class="Header_header__Xy8ab"><a class="Header_logo__m1Q2w" href="/"><img alt="Pennine Motorhome Centre" src="/logo.svg" width="190" height="48"/></a>
<nav class="Header_nav__7TgLk" aria-label="Main"><ul>${links(mNav, 'Header_item__pQ4sd')}</ul></nav>
<button class="Header_burger__c9Vb2" aria-label="Open menu"><span></span><span></span></button></header>
<main class="Vehicle_page__L0s3n"><nav class="Breadcrumbs_crumbs__Hq1z0" aria-label="Breadcrumb">
<ol>${links(mCrumbs)}<li aria-current="page">Voyager 680 EB</li></ol></nav>
<div class="Vehicle_grid__f4Ww9"><section class="Gallery_gallery__Kd2mA" aria-label="Photos"><div class="Gallery_main__u8Rr1">
<img alt="${mTitle} front three-quarter view" src="/_next/image?url=%2Fstock%2Fp4417%2F01.jpg&amp;w=1200&amp;q=75" width="1200" height="800"/>
<span class="Gallery_count__Zt7bn">1 / 38</span></div><ul class="Gallery_thumbs__R3eYc">
<li><button aria-label="Photo 2"><img alt="" src="/_next/image?url=%2Fstock%2Fp4417%2F02.jpg&amp;w=200&amp;q=60"/></button></li>
<li><button aria-label="Photo 3"><img alt="" src="/_next/image?url=%2Fstock%2Fp4417%2F03.jpg&amp;w=200&amp;q=60"/></button></li></ul></section>
<aside class="Summary_panel__Bn0Jq"><span class="Summary_stock__g2Lk1">Stock no. P4417</span><h1 class="Summary_title__jK9sE">${mTitle}</h1>
<p class="Summary_sub__Vt3qo">${mDek}</p><p class="Summary_price__p7XcE">${mPrice}</p>
<p class="Summary_finance__e1Hbn">From £534 per month</p><p class="Summary_small__a0Zs2">${mFin}</p>
<div class="Summary_ctas__W2qne"><a class="Button_primary__Fj3ks" href="#enquire">Enquire Now</a>
<a class="Button_secondary__Ua7pd" href="/book-viewing?stock=P4417">Book a Viewing</a>
<a class="Button_secondary__Ua7pd" href="/part-exchange?stock=P4417">Value My Part Exchange</a></div>
<button class="Summary_save__Yh6Tc" aria-label="Save to favourites">♡ Save</button></aside></div>
<section class="Specs_specs__C8nQz"><h2 class="visually-hidden">Specification</h2><dl class="Specs_list__kF2e0">
${mSpecs.map(([k, v]) => `<div class="Specs_row__tP0vG"><dt>${k}</dt><dd>${v}</dd></div>`).join('\n')}</dl></section>
<section class="Description_desc__r6Ykm"><h2>${mDescH}</h2>${ps(mDesc)}<h3>${mFeatH}</h3><ul class="Description_features__Nq1dE">${lis(mFeats)}</ul>
<h3>${mWarrH}</h3><p>${mWarr}</p></section>
<section id="enquire" class="Enquiry_box__H3mVx"><h2>Ask about this motorhome</h2><form><label>Your name<input name="name"/></label>
<label>Email address<input name="email" type="email"/></label><label>Phone<input name="phone"/></label><button type="submit">Send enquiry</button></form>
<p class="Enquiry_legal__x0Oq1">We will only use your details to reply to your enquiry.</p></section>
<section class="Similar_similar__Vz2aP"><h2>Similar motorhomes</h2><ul class="Similar_row__Gm1Rx">
${mSim
  .map(
    ([n, p]) => `<li class="Card_card__u0Lte"><a href="/used/p"><h3 class="Card_title__V2b8q">${n}</h3><p class="Card_price__G1x0S">${p}</p></a>
</li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="Footer_footer__dE3xq"><ul>${links(mFoot)}</ul>
<p>Pennine Motorhome Centre Ltd is a credit broker, not a lender, and is authorised and regulated by the
Financial Conduct Authority (FRN 998213).</p><p>© 2025 Pennine Motorhome Centre Ltd. Registered in England No. 07712450.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"vehicle":{"id":"P4417","title":"${mTitle}","price":58995,"mileage":21400,
"status":"in_stock"}},"__N_SSG":true},"page":"/used/[slug]","query":{"slug":"carrick-voyager-680-eb-p4417"},"buildId":"q8VZ3kTn0aXc","isFallback":false,
"gsp":true}</script>
</body></html>`;
const listing: TestPage = page({
  name: 'heldout694-nextjs-used-motorhome',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mDescH, mFeatH, mWarrH],
  body: [mDek, mPrice, ...mSpecs.map(([k, v]) => `${k} ${v}`), ...mDesc, ...mFeats, mWarr],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open 7 days · Sat 9–5 · Sun 10–4', '01422 880514', ...mNav, ...mCrumbs, 'Voyager 680 EB', '1 / 38', 'Stock no. P4417', 'From £534 per month', mFin,
    'Enquire Now', 'Book a Viewing', 'Value My Part Exchange', '♡ Save', 'Specification', 'Ask about this motorhome', 'Your name', 'Email address', 'Phone',
    'Send enquiry', 'We will only use your details to reply to your enquiry.', 'Similar motorhomes', ...mSim.flat(), ...mFoot,
    j('Pennine Motorhome Centre Ltd is a credit broker, not a lender, and is authorised and regulated by the Financial Conduct Authority',
      '(FRN 998213).'), '© 2025 Pennine Motorhome Centre Ltd. Registered in England No. 07712450.',
  ],
});

export const HELDOUT694_A2: readonly TestPage[] = [listing];
