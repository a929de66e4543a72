import { links, ps, type TestPage } from './page-kit.js';
import { amp, clean, j, type PriceItem } from './pages-heldout470-kit.js';

/**
 * Held-out batch 470, file b2: a hair salon's booking page in the style of Fresha (Next.js, hashed class names, data-qa hooks,
 * __NEXT_DATA__), with rating, team, reviews, opening times and nearby venues around the services and the about text.
 */
const fTitle = 'Marrowgate Hair Studio';
const fCats: [string, (PriceItem & { dur: string })[]][] = [
  [
    'Cuts & Styling',
    [
      { name: 'Cut & Finish', dur: '1 hr', price: 'from £52' },
      { name: 'Restyle Consultation & Cut', dur: '1 hr 15 mins', price: 'from £64' },
      { name: 'Blow Dry', dur: '45 mins', price: '£34' },
    ],
  ],
  [
    'Colour',
    [
      { name: 'Root Tint', dur: '1 hr 30 mins', price: 'from £68' },
      { name: 'Half Head Foils', dur: '2 hrs', price: 'from £95' },
      { name: 'Balayage', dur: '3 hrs – 3 hrs 30 mins', price: 'from £165' },
      { name: 'Toner & Gloss', dur: '30 mins', price: '£30' },
    ],
  ],
  [
    'Treatments',
    [
      { name: 'Bond Repair Treatment', dur: '20 mins', price: '£22' },
      { name: 'Scalp Detox', dur: '30 mins', price: '£28' },
    ],
  ],
];
const fAbout = [
  j(
    'Marrowgate Hair Studio is a small, independent salon above the old bakery on Marrowgate. Our four stylists specialise in lived-in',
    'colour and precision cuts for all hair types, including curly and coily hair.',
  ),
  j(
    'A skin test is needed at least 48 hours before any colour service if you are new to us or have not had colour with us for six',
    'months. Book the free skin test first, then your colour appointment.',
  ),
];
const fHours = ['Monday Closed', 'Tuesday 9:30 am – 6:00 pm', 'Wednesday 9:30 am – 6:00 pm', 'Thursday 10:00 am – 8:00 pm', 'Friday 9:30 am – 6:00 pm'];
const fHours2 = ['Saturday 9:00 am – 5:00 pm', 'Sunday Closed'];
const fTeam = ['Ines', 'Senior Stylist', 'Callum', 'Colour Specialist', 'Ruth', 'Stylist', 'Amira', 'Junior Stylist'];
const fReviews = [
  ['Hannah B', 'Sat, 8 Feb 2027 at 2:14 pm', 'Ines listened to exactly what I wanted and the balayage is perfect. Lovely calm salon.'],
  ['Tom', 'Thu, 30 Jan 2027 at 6:40 pm', 'Quick, friendly and a great cut. Will be back.'],
];
const fNearby = [
  ['Pale Fox Barbers', '4.8', '(301)', 'Marrowgate, Thornby'],
  ['Studio Nine Nails', '4.9', '(127)', 'Chapel Street, Thornby'],
];
const fSvc = (
  s: PriceItem & { dur: string },
): string => `<div class="xZ6bLz" data-qa="service-item"><div class="fR0ZcA"><p class="_-wKtpZ font-default-body-m-semibold"
data-qa="service-name">${amp(s.name)}</p><p class="_-wKtpZ font-default-body-s-regular LeHq7w" data-qa="service-duration">${s.dur}</p>
<p class="_-wKtpZ font-default-body-s-semibold" data-qa="service-price">${s.price}</p></div>
<button type="button" class="Hq2yXf sV7D0f" data-qa="service-book-button">
<span class="ZnPqLr">Book</span></button></div>`;
const fServices = fCats
  .map(
    ([h, items]) => `<div class="Jk7sD1" data-qa="service-category"><h3 class="_-wKtpZ font-default-header-s-semibold">${amp(h)}</h3>
${items.map(fSvc).join('\n')}</div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><html lang="en-GB" dir="ltr"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Marrowgate Hair Studio | Hair Salon in Thornby, Yorkshire | Fresha</title>
<meta name="description" content="Book an appointment with Marrowgate Hair Studio in Thornby. Cut &amp; Finish, Balayage, Root Tint and more."/>
<link rel="canonical" href="https://www.fresha.com/a/marrowgate-hair-studio-thornby-12-marrowgate-h7d2k1"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HairSalon",
"name":"Marrowgate Hair Studio","aggregateRating":{"@type":"AggregateRating",
"ratingValue":"4.9","reviewCount":"418"},"address":{"@type":"PostalAddress","streetAddress":"12a Marrowgate","addressLocality":"Thornby"}}</script>
<link rel="preload" href="/_next/static/css/8f2e1c0a9d.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f2e1c0a9d.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-4b1e2a.js" defer=""></script><script src="/_next/static/chunks/pages/a/%5Bslug%5D-9c0d1e.js" defer=""></script></head>
<body><div id="__next"><div class="L4kWs9"><header class="pF3d1K" data-qa="header"><a href="/" class="vQ8n2s" aria-label="Fresha home"><svg class="Zt1k0c"
viewBox="0 0 84 20" role="img"><title>Fresha</title></svg></a><div class="nD5e7T"><button type="button" class="Xk2pLm" data-qa="search-button"><span>Search
</span></button>
<a href="/for-business" class="Rs0aHb">For business</a><button type="button" class="Hq2yXf" data-qa="menu-button"><span>Menu</span></button></div></header>
<main class="c8WkLe"><nav aria-label="Breadcrumbs" class="T2gRxu"><ol class="aY1m0B">${links(['Home', 'Hair Salons', 'Thornby'], 'Ko3vNe')}</ol></nav>
<div class="G7qTaN" data-qa="venue-gallery">
<img src="https://images.fresha.com/locations/location-profile-images/812004/1.jpg?class=venue-gallery-large" alt=""/>
<button type="button" class="oP1qWs">See all images</button></div><div class="Mx0cvN"><div class="Y8hLdK"><section class="q0WjPb" data-qa="venue-header">
<h1 class="_-wKtpZ font-default-header-xl-bold" data-qa="venue-name">${fTitle}</h1><div class="bQ5vUe"><span class="_-wKtpZ font-default-body-m-semibold">4.9
</span>
<span aria-hidden="true" class="r6sWdH">★★★★★</span><a href="#reviews" class="P0gHsk">(418)</a><span class="Wb6k0Z">·</span>
<span data-qa="open-status">Open until 6:00 pm</span>
<span class="Wb6k0Z">·</span><a href="#location" class="P0gHsk">12a Marrowgate, Thornby</a></div></section>
<section class="vR7jcM" data-qa="services-section"><h2 class="_-wKtpZ font-default-header-l-bold">Services</h2><div role="tablist" class="eD4wQs">
${['Featured', ...fCats.map(([h]) => h)].map((t, i) => `<button role="tab" aria-selected="${i === 0}" class="Tg6rZp">${amp(t)}</button>`).join('')}</div>
${fServices}<button type="button" class="Hq2yXf sV7D0f" data-qa="see-all-services">See all</button></section>
<section class="vR7jcM" data-qa="team-section"><h2 class="_-wKtpZ font-default-header-l-bold">Team</h2><ul class="Fq8bNn">${[0, 2, 4, 6]
  .map(
    (i) => `<li class="pE2sMx"><img src="https://images.fresha.com/employees/${i}.jpg?class=avatar" alt=""/>
<p class="_-wKtpZ font-default-body-m-semibold">${fTeam[i]}</p>
<p class="_-wKtpZ font-default-body-s-regular">${fTeam[i + 1]}</p></li>`,
  )
  .join('')}</ul></section>
<section class="vR7jcM" id="reviews" data-qa="reviews-section"><h2 class="_-wKtpZ font-default-header-l-bold">Reviews</h2><div class="hD3sQa"><span>4.9</span>
<span aria-hidden="true">★★★★★</span><span>(418)</span></div>${fReviews
  .map(
    ([n, d, t]) => `<div class="zL1pAc" data-qa="review"><p class="_-wKtpZ font-default-body-m-semibold">${n}</p>
<p class="_-wKtpZ font-default-body-s-regular LeHq7w">${d}</p><span aria-hidden="true">★★★★★</span><p class="_-wKtpZ font-default-body-m-regular">${t}</p>
</div>`,
  )
  .join('')}
<button type="button" class="Hq2yXf sV7D0f">See all</button></section>
<section class="vR7jcM" data-qa="about-section"><h2 class="_-wKtpZ font-default-header-l-bold">About</h2><div class="Nq5eWj">
${ps(fAbout, ' class="_-wKtpZ font-default-body-m-regular"')}</div></section>
<section class="vR7jcM" id="location" data-qa="location-section"><div class="Dk3wPz">
<img src="https://maps.googleapis.com/maps/api/staticmap?center=54.11,-1.52&amp;zoom=15" alt=""/>
<p class="_-wKtpZ font-default-body-m-regular">12a Marrowgate, Thornby, HG9 4QT</p>
<a href="https://maps.google.com/?q=54.11,-1.52" class="P0gHsk">Get directions</a></div>
<div class="eY6mVt"><h2 class="_-wKtpZ font-default-header-m-bold">Opening times</h2><ul class="Bo9kFj">${[...fHours, ...fHours2]
  .map((t) => {
    const [day, ...rest] = t.split(' ');
    return `<li class="vC2nHd"><span class="dG0yQe"></span><p class="_-wKtpZ">${day}</p><p class="_-wKtpZ">${rest.join(' ')}</p></li>`;
  })
  .join('')}</ul></div>
<div class="eY6mVt"><h2 class="_-wKtpZ font-default-header-m-bold">Additional information</h2><ul class="Bo9kFj"><li>Instant confirmation</li>
<li>Pay by card or cash</li></ul></div>
</section></div>
<aside class="Rk8wFu" data-qa="booking-sidebar"><div class="sT0mPa"><p class="_-wKtpZ font-default-header-m-bold">${fTitle}</p><p>4.9 ★★★★★ (418)</p>
<a href="/book-now/marrowgate-hair-studio-h7d2k1/services" class="Hq2yXf bL7xYt" data-qa="book-now">Book now</a><p class="Ws3cRm">Open until 6:00 pm</p>
<p class="Ws3cRm">12a Marrowgate, Thornby</p></div></aside></div>
<section class="vR7jcM" data-qa="nearby-venues"><h2 class="_-wKtpZ font-default-header-l-bold">Venues nearby</h2><ul class="Fq8bNn">${fNearby
  .map(
    (v) => `<li class="pE2sMx"><a href="/a/${v[0]?.toLowerCase().replace(/ /g, '-')}"><p class="_-wKtpZ font-default-body-m-semibold">${v[0]}</p>
<p><span>${v[1]}</span> <span>${v[2]}</span></p><p class="_-wKtpZ font-default-body-s-regular">${v[3]}</p></a></li>`,
  )
  .join('')}</ul></section></main>
<footer class="Yd0tSk"><div class="aL5wCv"><p>Get the Fresha app</p>
<ul>${links(['About Fresha', 'Careers', 'For business', 'Customer support', 'Blog', 'Sitemap'])}</ul>
<ul>${links(['Privacy Policy', 'Terms of service', 'Terms of use'])}</ul><p>© 2027 Fresha</p></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"location":{"id":812004,
"name":"${fTitle}","rating":4.9}}},"page":"/a/[slug]","buildId":"k2V9x"}</script>
</body></html>`;
const fresha: TestPage = clean({
  name: 'heldout470-fresha-salon-booking',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Services', ...fCats.map(([h]) => h), 'About', 'Opening times'],
  body: [...fCats.flatMap(([, items]) => items.map((s) => `${s.name} ${s.dur} ${s.price}`)), ...fAbout, ...fHours, ...fHours2],
  bylines: fReviews.flatMap(([n, d]) => [n ?? '', d ?? '']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'For business', 'Menu', 'Home', 'Hair Salons', 'Thornby', 'See all images', '4.9', '(418)', 'Open until 6:00 pm', '12a Marrowgate, Thornby',
    'Featured', 'Book', 'See all', 'Team', ...fTeam, 'Reviews', ...fReviews.map(([, , t]) => t ?? ''), '4.9 ★★★★★ (418)',
    '12a Marrowgate, Thornby, HG9 4QT', 'Get directions', 'Additional information', 'Instant confirmation', 'Pay by card or cash', 'Book now',
    'Venues nearby', ...fNearby.flatMap((v) => [v[0] ?? '', v[2] ?? '', v[3] ?? '']), '4.8', 'Get the Fresha app',
    'About Fresha', 'Careers', 'Customer support', 'Blog', 'Sitemap', 'Privacy Policy', 'Terms of service', 'Terms of use', '© 2027 Fresha',
  ],
});

export const HELDOUT470_B2: readonly TestPage[] = [fresha];
