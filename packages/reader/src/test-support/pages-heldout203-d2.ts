import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 203, file d2: a Dwell home tour (Next.js site: the header with "Home Tours" and the Dwell+ button, the
 * project header with location and "Text by" / "Photos by" lines, the date, photos with captions and a "Save" button on each,
 * the "Shop the Look" strip, the "Project Credits" list, the tags, the "Related Reading" cards, the newsletter box, the
 * cookie notice and the footer).
 */
const title = 'A Couple Turn a 1950s Tobacco Barn Into a Light-Filled Home in Rural Kentucky';
const dek = 'Pale timber, polished concrete and a wall of sliding glass reshape a working farm building without erasing its past.';
const loc = 'Harrodsburg, Kentucky';
const p1 = [
  'When Sam and Odette Varga bought 30 acres outside Harrodsburg in 2021, the most valuable thing on the land, as far as the ' +
    'previous owner was concerned, was the fencing. The tall black tobacco barn by the road had not been used for a harvest in ' +
    'twenty years and was listed in the sale papers as “structure, poor condition.”',
  'The couple saw something else. “It had this incredible rhythm of vertical boards and gaps, and the light coming through ' +
    'them was beautiful,” says Odette, a textile designer. “We wanted to keep that feeling when we moved in.”',
];
const h1 = 'Keeping the bones';
const p2 = [
  'The Vargas hired Lexington firm Studio Hale, who began by saving as much of the original frame as possible. The poplar ' +
    'posts and beams were cleaned and left exposed, and around a third of the old siding boards were reused as interior ' +
    'cladding in the main living space.',
  'A new insulated shell now sits just inside the old timber skin, so from the road the barn still looks much as it always ' +
    'has. The only clear sign of change is on the south side, where a 40-foot run of sliding glass doors opens onto a deck.',
];
const h2 = 'One big room, and a few small ones';
const p3 = [
  'Inside, the plan is simple. A double-height living, dining and kitchen space runs the length of the barn, with two ' +
    'bedrooms and a bathroom tucked under a mezzanine at the north end. The mezzanine itself holds Odette’s studio.',
  'The polished concrete floor contains radiant heating, and a wood-burning stove sits on a plinth made from stone found ' +
    'while digging the foundations. “In January it is the warmest place we have ever lived,” says Sam.',
  'The project took 18 months and cost just under $420,000, about what the couple estimate they would have paid for a new ' +
    'house of the same size. They say they would do it again, but would budget more time for permits.',
];
const caps = [
  'The barn’s original vertical siding was kept on the outside, with a new insulated shell inside.',
  'The kitchen sits under the mezzanine, where Odette has her textile studio.',
  'Sliding glass doors open the living space onto a long cedar deck.',
];
const nav = ['Home Tours', 'Design', 'Architecture', 'Prefab', 'Real Estate', 'Shop', 'Dwell+'];
const credits = [
  'Project Credits',
  'Architect: Studio Hale',
  'Builder: Ridgeline Construction',
  'Structural Engineer: Morrow & Pike',
  'Landscape Design: Oakfield Gardens',
];
const shop = ['Shop the Look', 'Lounge Chair', 'Wool Throw', 'Pendant Light'];
const tags = ['Barn Conversion', 'Kentucky', 'Renovation', 'Rural Homes'];
const related = ['A Minimalist Cabin in Ontario Built From Just Three Materials', 'Before & After: A Dairy Barn Becomes a Family Home'];
const news = ['Get the Dwell Newsletter', 'Modern design ideas and home tours, delivered to your inbox.', 'Email address', 'Sign Up'];
const cookie = 'Dwell uses cookies to improve your experience and for analytics and advertising.';
const foot = ['About Dwell', 'Advertise', 'Careers', 'Contact', 'Terms of Use', 'Privacy Policy', '© 2025 Dwell Life, Inc.'];
const photo = (i: number): string => `<figure class="ProjectPhoto_root__a7kf2" data-photo-index="${i}">
<img alt="" loading="lazy" src="https://images.dwell.example/photos/${i}.jpg"><button class="SaveButton_root__Jk2m1" aria-label="Save photo">Save</button>
<figcaption class="ProjectPhoto_caption__Qn3s0">${caps[i]}</figcaption></figure>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p class="RichText_p__u3Fe1">${t}</p>`).join('\n');
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - Dwell</title><meta name="viewport" content="width=device-width">
<meta name="description" content="${dek}"><meta property="og:site_name" content="Dwell"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.dwell.com/article/kentucky-tobacco-barn-conversion-studio-hale-6f2c1a9d">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}",
"author":{"@type":"Person","name":"Grace Whitcomb"},"datePublished":"2025-04-09"}</script>
<link rel="stylesheet" href="/_next/static/css/5b1a.css"></head>
<body><div id="__next"><header class="SiteHeader_root__x1l2Q"><a href="/" aria-label="Dwell home" class="SiteHeader_logo__z1"></a>
<nav class="SiteHeader_nav__Tq9"><ul>${links(nav, 'SiteHeader_item__y8')}</ul></nav>
<div class="SiteHeader_actions__c3"><a href="/search" aria-label="Search">Search</a><a href="/login">Log In</a>
<a class="Button_primary__r2" href="/dwell-plus">Join Dwell+</a></div></header>
<main><article class="Article_root__pL0s2"><header class="ProjectHeader_root__K9ah1">
<span class="ProjectHeader_location__m4">${loc}</span><h1 class="ProjectHeader_title__bW6">${title}</h1>
<p class="ProjectHeader_subtitle__v1">${dek}</p><div class="ProjectHeader_byline__c0">
<span>Text by <a href="/@gracewhitcomb">Grace Whitcomb</a></span><span>Photos by <a href="/@tfarley">Theo Farley</a></span>
<time datetime="2025-04-09">April 9, 2025</time></div></header>
${photo(0)}
<div class="RichText_root__dQ1">
${ps(p1)}
<h2 class="RichText_h2__e7">${h1}</h2>
${ps(p2)}
</div>
${photo(1)}
<div class="RichText_root__dQ1">
<h2 class="RichText_h2__e7">${h2}</h2>
${ps(p3.slice(0, 2))}
</div>
<section class="ShopTheLook_root__f8"><h3>${shop[0]}</h3><ul>${links(shop.slice(1), 'ShopTheLook_item__k2')}</ul></section>
${photo(2)}
<div class="RichText_root__dQ1">${ps(p3.slice(2))}</div>
<section class="ProjectCredits_root__n3"><h3>${credits[0]}</h3><ul>${credits
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></section>
<div class="Tags_root__Z0"><ul>${links(tags, 'Tags_tag__p1')}</ul></div></article>
<section class="RelatedReading_root__s2"><h2>Related Reading</h2><ul>${links(related, 'Card_root__h0')}</ul></section>
<section class="Newsletter_root__o7"><h2>${news[0]}</h2><p>${news[1]}</p><form><label for="nl">${news[2]}</label><input id="nl" type="email">
<button type="submit">${news[3]}</button></form></section></main>
<footer class="SiteFooter_root__l3"><ul>${links(foot.slice(0, -1), 'SiteFooter_link__t9')}</ul><p>${foot[foot.length - 1]}</p></footer>
<div class="CookieNotice_root__w4" role="dialog"><p>${cookie}</p><button>OK</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"6f2c1a9d"}},"page":"/article/[slug]"}</script>
</body></html>`;

export const dwellPage: TestPage = {
  name: 'heldout203-dwell-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3]),
  bylines: ['Text by Grace Whitcomb', 'Photos by Theo Farley', 'April 9, 2025'],
  // the project's location label and the "Project Credits" list are furniture, as are the photo captions
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, 'Search', 'Log In', 'Join Dwell+', loc, ...caps, 'Save', ...shop, ...credits, ...tags, 'Related Reading', ...related,
    ...news, ...foot, cookie, 'OK',
  ],
};
