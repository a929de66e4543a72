import { links, type TestPage, texts } from './page-kit.js';
import { j, ld, sections } from './pages-heldout340-kit.js';
import { mediumPage } from './pages-heldout340-e2.js';

/**
 * Held-out batch 340, file e: a wire story on a partner site built on Newspack (WordPress), with the "This story originally
 * appeared on" box (the donate banner, the header and menu, the category label, the byline with the partner outlet, the
 * date and reading time, the share buttons, a figure credit, a pull quote, the republication box, the author bio, related
 * posts and the footer) and, from file e2, a Medium post with "Originally published at". Gold: a pull quote that repeats a
 * sentence of the body, and its cite naming a person quoted in the body, are in neither list; the "originally appeared on"
 * note is furniture.
 */
const title = 'Rural clinics turn to traveling dentists as the waiting lists grow';
const secs: [string, string[]][] = [
  [
    '',
    [
      j(
        'Twice a month, a white van with a reclining chair in the back pulls into the gravel lot behind the community health',
        'center in Osterby. By nine in the morning there are usually a dozen people waiting, some of whom have driven an hour.',
      ),
      j(
        'The van belongs to a nonprofit dental program that now visits eleven small towns in the northern counties, where there',
        'is one dentist for every 6,000 residents, less than half the state average. Program staff say the waiting list for a',
        'first appointment has grown from three weeks to nearly four months since last year.',
      ),
    ],
  ],
  [
    'A workforce that is ageing out',
    [
      j(
        'Many rural dentists are close to retirement and have struggled to sell their practices. In the past five years, seven',
        'of the region&#39;s 19 dental offices have closed, according to the state dental association, and only two have reopened',
        'under new owners.',
      ),
      j(
        '&quot;A young dentist comes out of school with a large debt and looks at a town of 2,000 people and does the sums,&quot;',
        'said Dr. Annika Bresloff, who leads the mobile program. &quot;It does not add up without help.&quot;',
      ),
    ],
  ],
  [
    'Loan repayment and a second van',
    [
      j(
        'Lawmakers this spring expanded a loan repayment scheme that pays up to 40,000 dollars a year toward the student debt of',
        'dentists who agree to work in a shortage area for at least four years. So far, three dentists have signed up.',
      ),
      j(
        'The mobile program has also raised money for a second van, which is expected on the road by the end of the year. It',
        'will carry an X-ray unit, so that patients no longer need a separate trip to a hospital for images before treatment.',
      ),
      j(
        'For patients like Dale Runcorn, a retired mechanic who waited five months with a cracked molar, that cannot come soon',
        'enough. &quot;I kept thinking it would settle down,&quot; he said. &quot;It does not settle down.&quot;',
      ),
    ],
  ],
];
const nav = ['Health', 'Education', 'Environment', 'Politics', 'Rural Life', 'Events', 'About'];
const related = ['Hospital closures leave expectant mothers driving hours to deliver', 'Broadband grants reach the last three counties'];
const foot = ['About Us', 'Our Team', 'Republish Our Stories', 'Ethics Policy', 'Privacy Policy', 'Contact'];
const quote = 'It does not add up without help.';
const html = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${title} &#8211; Prairie Ledger</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta name="author" content="Noor Havili">
<link rel="canonical" href="https://statewire.example/2026/05/20/rural-clinics-traveling-dentists/">
${ld({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'NewsArticle', headline: title, author: { '@type': 'Person', name: 'Noor Havili' }, datePublished: '2026-05-20T06:00:00-05:00' },
    { '@type': 'WebSite', name: 'Prairie Ledger' },
  ],
})}
<link rel="stylesheet" id="newspack-style-css" href="https://prairieledger.example/wp-content/themes/newspack-theme/style.css"></head>
<body class="post-template-default single single-post single-featured-image-default newspack-theme"><div id="page" class="site">
<div class="newspack-popup newspack-inline-popup" role="dialog"><p>Independent local news depends on readers like you.</p>
<a class="wp-block-button__link" href="/donate/">Donate today</a></div>
<header id="masthead" class="site-header hide-header-search"><div class="site-branding"><p class="site-title"><a href="/">Prairie Ledger</a></p>
<p class="site-description">Nonprofit news for the plains</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(nav, 'menu-item')}</ul></nav>
</header><div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main">
<article class="post type-post status-publish format-standard has-post-thumbnail category-health entry">
<header class="entry-header"><span class="cat-links"><a href="/category/health/" rel="category tag">Health</a></span>
<h1 class="entry-title">${title}</h1><div class="entry-subhead"><div class="entry-meta">
<span class="author-avatar"></span><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n"
href="/author/noor-havili/">Noor Havili</a>, Statewire</span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-05-20T06:00:00-05:00">May 20, 2026</time></span>
<span class="reading-time">4 min read</span></div>
<div class="newspack-sharing"><span class="sharing-label">Share this:</span><a class="share-facebook" href="#">Facebook</a>
<a class="share-twitter" href="#">Twitter</a><a class="share-email" href="#">Email</a><a class="share-print" href="#">Print</a></div></div></header>
<figure class="post-thumbnail"><img src="https://prairieledger.example/wp-content/uploads/2026/05/van.jpg" alt=""><figcaption>
<span class="image-caption">Patients wait outside the mobile dental van in Osterby.</span>
<span class="image-credit">Credit: Noor Havili / Statewire</span></figcaption></figure>
<div class="entry-content"><div class="wp-block-group syndicated-note"><p><em>This story originally appeared on Statewire, a nonprofit
newsroom covering state government. It is republished here under a Creative Commons license.</em></p></div>
${sections(secs.slice(0, 2))}
<figure class="wp-block-pullquote"><blockquote><p>${quote}</p><cite>Dr. Annika Bresloff</cite></blockquote></figure>
${sections(secs.slice(2))}
<div class="republication-tracker-tool-wrapper"><button class="republication-tracker-tool-button">Republish this article</button>
<p class="republication-tracker-tool-note">Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0.</p></div>
</div><footer class="entry-footer"><div class="author-bio"><h2 class="accent-header">Noor Havili, Statewire</h2>
<p>Noor Havili covers health care and rural communities for Statewire.</p><a class="author-link" href="/author/noor-havili/">More by Noor
Havili</a></div></footer></article>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><ul>${links(related, 'jp-relatedposts-post')}</ul></div>
</main></section></div>
<footer id="colophon" class="site-footer"><div class="footer-widgets"><ul>${links(foot)}</ul>
<p>Prairie Ledger is a 501(c)(3) nonprofit newsroom.</p></div>
<div class="site-info"><span class="copyright">© 2026 Prairie Ledger</span> <a class="imprint" href="https://newspack.example">Proudly powered by
Newspack by WordPress</a></div></footer></div></body></html>`;

const partnerPage: TestPage = {
  name: 'heldout340-newspack-republished-news',
  kind: 'news',
  html,
  title,
  headings: secs.slice(1).map(([h]) => h),
  body: texts(secs.flatMap(([, p]) => p)),
  bylines: ['By Noor Havili, Statewire', 'May 20, 2026', '4 min read'],
  furniture: [
    'Independent local news depends on readers like you.',
    'Donate today',
    'Prairie Ledger',
    'Nonprofit news for the plains',
    ...nav,
    'Share this:',
    'Facebook',
    'Twitter',
    'Email',
    'Print',
    'Patients wait outside the mobile dental van in Osterby.',
    'Credit: Noor Havili / Statewire',
    j(
      'This story originally appeared on Statewire, a nonprofit newsroom covering state government. It is republished here under a',
      'Creative Commons license.',
    ),
    'Republish this article',
    'Our stories may be republished online or in print under Creative Commons license CC BY-ND 4.0.',
    'Noor Havili, Statewire',
    'Noor Havili covers health care and rural communities for Statewire.',
    'More by Noor Havili',
    'Related',
    ...related,
    ...foot,
    'Prairie Ledger is a 501(c)(3) nonprofit newsroom.',
    '© 2026 Prairie Ledger',
    'Proudly powered by Newspack by WordPress',
  ],
};

export const HELDOUT340_E: readonly TestPage[] = [partnerPage, mediumPage];
