import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 137, file d2: a post on a birder's site built from Astro's blog template (the header nav with the site name in
 * an h2, the internal links and the social links with screen-reader labels, the hero image, the date block with "Last updated
 * on" above the h1 in the BlogPost layout, the markdown content, an astro-island newsletter form added under the post, and the
 * template footer with its copyright line and social links), with the template's data-astro-cid attributes.
 */
const asTitle = 'Counting waders at Saltmarsh Point: a January survey diary';
const asP1 = [
  'Every month from October to March, a small group of us count the waders on the mudflats at Saltmarsh Point for the national survey. It is ' +
    'cold, slow and occasionally wonderful. This is a diary of January’s count, partly to record it and partly because several people have ' +
    'asked what the survey actually involves.',
];
const asH1 = 'Before the count';
const asP2 = [
  'The count is timed to the high tide, when the birds are pushed off the feeding grounds and gather on a handful of roosts. January’s tide ' +
    'peaked at 11.40 on a Sunday, so we met in the car park at ten, checked the sections on the map and split into three pairs.',
  'Each pair takes a stretch of shore and counts everything on it, in a fixed order, from the same points every month. Consistency matters ' +
    'more than precision. A count that is ten percent low every month still shows the trend.',
];
const asH2 = 'The count itself';
const asP3 = [
  'My section runs from the sluice gate to the old oyster beds, about two kilometres. The first hour was quiet: a few redshank on the ' +
    'saltings, curlew in ones and twos in the fields behind the sea wall, and a flock of around 340 dunlin that kept lifting and settling every ' +
    'time a dog walker went past.',
  'Then, twenty minutes before high water, the godwits arrived. Bar-tailed godwits come in from the outer flats in long, low lines, and for a ' +
    'few minutes the air was full of them. We counted them in blocks of ten as they settled on the shingle spit and came to 1,126, the highest ' +
    'January figure for our section since the count started in 2003.',
];
const asH3 = 'The totals';
const asP4 = ['Across the three sections, the main species were:'];
const asList = ['Dunlin: 2,410', 'Bar-tailed godwit: 1,540', 'Oystercatcher: 780', 'Curlew: 212', 'Grey plover: 96'];
const asP5 = [
  'Dunlin were down by about a fifth on last January, which is within the normal swing from year to year. The godwits are the story, and we ' +
    'will be interested to see whether February is as high.',
];
const asH4 = 'Why it matters';
const asP6 = [
  'The survey has been running nationally for decades, and the long series is what makes it valuable. Several of the coast’s protected areas ' +
    'were designated on the strength of these counts, and they remain the best early warning we have when a species starts to decline.',
  'If you know your waders and can spare one morning a month, the survey is always looking for counters. Nobody minds if you are slow at ' +
    'first. Everybody was.',
];
const asNav = ['Home', 'Blog', 'About'];
const asSocial = ['Follow Ruth on Mastodon', 'Follow Ruth on Bluesky', 'See Ruth’s photos on Flickr'];
const asNews = ['Get new posts by email', 'Roughly one a month, usually about birds, occasionally about mud.', 'Email address', 'Subscribe'];
const cid = (c: string): string => `data-astro-cid-${c}`;
const hd = '3ef6ksr2';
const ly = 'bvzihdzo';
const ft = 'sz7xmlte';
const socialLinks = (c: string): string => `<div class="social-links" ${cid(c)}>
${asSocial
  .map(
    (t, i) => `<a href="https://${['mastodon.example/@ruth', 'bsky.app/profile/ruthokafor.example', 'flickr.example/ruthokafor'][i]}" target="_blank" ${cid(c)}>
<span class="sr-only" ${cid(c)}>${t}</span><svg viewBox="0 0 16 16" aria-hidden="true" width="32" height="32" astro-icon="social/${i}" ${cid(c)}>
<path fill="currentColor" d="M11.19 12.195c2.016-.24 3.77-1.475 3.99-2.603.348-1.778.32-4.339.32-4.339 0-3.47-2.286-4.488-2.286-4.488"></path></svg></a>`,
  )
  .join('\n')}
</div>`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const slug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/ /g, '-');
const asHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="icon" type="image/svg+xml" href="/favicon.svg"><link rel="sitemap" href="/sitemap-index.xml">
<link rel="alternate" type="application/rss+xml" title="Lowland Birding" href="https://lowlandbirding.example/rss.xml"><meta name="generator"
content="Astro v5.12.3">
<link rel="preload" href="/fonts/atkinson-regular.woff" as="font" type="font/woff" crossorigin><link rel="canonical"
href="https://lowlandbirding.example/blog/saltmarsh-january/">
<title>${asTitle}</title><meta name="title" content="${asTitle}"><meta name="description" content="A diary of January's wetland bird count on the mudflats.">
<meta property="og:type" content="website"><meta property="og:title" content="${asTitle}"><meta property="og:image"
content="https://lowlandbirding.example/_astro/godwits.Bq3x.jpg">
<meta property="twitter:card" content="summary_large_image"><link rel="stylesheet" href="/_astro/about.CDRK1Bcz.css">
<style>main[${cid(ly)}]{width:calc(100% - 2em);max-width:100%;margin:0}.prose[${cid(ly)}]{width:720px;max-width:calc(100% -
2em);margin:auto;padding:1em}</style>
<script type="module" src="/_astro/page.7qqag-5g.js"></script></head>
<body><header ${cid(hd)}><nav ${cid(hd)}><h2 ${cid(hd)}><a href="/" ${cid(hd)}>Lowland Birding</a></h2><div class="internal-links" ${cid(hd)}>
${asNav.map((t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase()}"${t === 'Blog' ? ' class="active"' : ''} data-astro-cid-eimmu3lg>${t}</a>`).join(' ')}
</div>${socialLinks(hd)}</nav></header>
<main ${cid(ly)}><article ${cid(ly)}><div class="hero-image" ${cid(ly)}><img src="/_astro/godwits.Bq3xN1fT_Z1cT9Ys.webp" alt="" width="1020" height="510"
loading="lazy"
decoding="async" ${cid(ly)}></div><div class="prose" ${cid(ly)}><div class="title" ${cid(ly)}><div class="date" ${cid(ly)}>
<time datetime="2025-01-19T00:00:00.000Z">Jan 19, 2025</time><div class="last-updated-on" ${cid(ly)}>Last updated on <time
datetime="2025-01-21T00:00:00.000Z">Jan 21, 2025</time>
</div></div><h1 ${cid(ly)}>${asTitle}</h1><hr ${cid(ly)}></div>
${ps(asP1)}
<h2 id="${slug(asH1)}">${asH1}</h2>
${ps(asP2)}
<h2 id="${slug(asH2)}">${asH2}</h2>
${ps(asP3)}
<h2 id="${slug(asH3)}">${asH3}</h2>
${ps(asP4)}
<ul>
${asList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${ps(asP5)}
<h2 id="${slug(asH4)}">${asH4}</h2>
${ps(asP6)}
<astro-island uid="Z1xq9Rv" prefix="r1" component-url="/_astro/Newsletter.D4kP2m.js" component-export="default" renderer-url="/_astro/client.BlV3aR7c.js"
props="{&quot;list&quot;:[0,&quot;lowlandbirding&quot;]}" ssr client="visible" opts="{&quot;name&quot;:&quot;Newsletter&quot;,&quot;value&quot;:true}"
await-children><form class="newsletter" action="https://buttondown.example/api/emails/embed-subscribe/lowlandbirding" method="post">
<h3 class="newsletter-title">${asNews[0]}</h3><p class="newsletter-blurb">${asNews[1]}</p><label for="bd-email" class="sr-only">${asNews[2]}</label>
<input type="email" name="email" id="bd-email" placeholder="you@example.com" required><button type="submit">${asNews[3]}</button></form></astro-island>
</div></article></main>
<footer ${cid(ft)}>© 2025 Ruth Okafor. All rights reserved.${socialLinks(ft)}</footer>
<script type="module">(()=>{var e=async t=>{await(await t())()};(self.Astro||(self.Astro={})).visible=e;window.dispatchEvent(new
Event("astro:visible"));})();</script>
</body></html>`;
export const astroPost: TestPage = {
  html: asHtml,
  name: 'heldout137-astro-blog',
  kind: 'blog',
  // the publication date and the "Last updated on" line are bylines; the site name (an h2 in the header), nav, screen-reader
  // social labels, the newsletter island and the footer are furniture
  title: asTitle,
  headings: [asH1, asH2, asH3, asH4],
  body: texts([...asP1, ...asP2, ...asP3, ...asP4, ...asList, ...asP5, ...asP6]),
  bylines: ['Jan 19, 2025', 'Last updated on Jan 21, 2025'],
  furniture: ['Lowland Birding', ...asNav, ...asSocial, ...asNews, '© 2025 Ruth Okafor. All rights reserved.'],
};
