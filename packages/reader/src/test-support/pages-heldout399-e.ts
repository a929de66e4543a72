import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout399-kit.js';

/**
 * Held-out batch 399, file e: a species reintroduction story on a Guardian-style DCR news page (edition nav, pillar menu,
 * standfirst, byline and dateline, main media caption, inline "Read more" links, share bar, tags, "Most viewed" and "More on
 * this story" rails, reader support epic, footer) and a land trust's news post on a Ghost Casper theme (header, feature
 * image caption, author and reading time, the members sign-up CTA, "Read more" cards, footer).
 */
const gTitle = 'Pine martens return to the Marle valley after 150 years';
const gStand = 'Twenty animals from the Highlands released in managed woodland as part of a five-year recovery plan';
const gBody = [
  j(
    'Pine martens have been released into the forests of the Marle valley for the first time since the species was driven out',
    'of the region by gamekeepers and habitat loss in the 1870s.',
  ),
  j(
    'Twenty martens, caught under licence in Scottish forests where the population is now healthy, were released over three',
    'nights in late September at undisclosed sites. Each animal wears a radio collar, so ecologists can track where they settle.',
  ),
  j(
    '"This is a day a lot of us thought we would never see," said Dr Imogen Stace, who leads the Marle Marten Partnership.',
    '"They belong here. The woods have been missing a piece for a century and a half."',
  ),
  'Why martens matter',
  j(
    'Martens are agile, cat-sized predators that eat small mammals, birds, eggs, berries and fungi. Studies elsewhere suggest that',
    'where martens recover, the invasive grey squirrel declines, giving native red squirrels and broadleaf trees a better chance.',
  ),
  j(
    'Not everyone is convinced. Some poultry keepers in the valley worry about their birds, and the partnership has promised',
    'free advice and marten-proof fencing for anyone who asks. "We know people have concerns and we want to support them, not lecture,"',
    'said Stace.',
  ),
  j(
    'A further twenty martens are due to be released next autumn. Volunteers will check hair tubes and camera traps through the',
    'winter to monitor how the first group is faring, and whether any females produce kits in the spring.',
  ),
  j(
    'Researchers at the University of Marlbridge say that if the releases succeed, martens could spread naturally into the',
    'neighbouring uplands within ten years.',
  ),
  j(
    'The release follows two years of consultation with landowners, foresters and local residents. Of more than 600 people who',
    'responded to a survey, almost four in five said they supported bringing the animals back, and a further tenth had no view.',
  ),
];
const gRead1 = 'Read more: Red squirrels cling on in the last conifer strongholds';
const gEdition = ['UK edition', 'US edition', 'Australia edition', 'Europe edition'];
const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gSub = ['Environment', 'Climate crisis', 'Wildlife', 'Energy', 'Pollution'];
const gTags = ['Wildlife', 'Conservation', 'Rewilding', 'Biodiversity'];
const gViewed = ['Wild swimming hotspots closed after algae warning', 'The hedge that outlived the village', 'Storm Elin batters west coast'];
const gMore = ['Beavers given legal protection in English rivers', 'Lynx release plan shelved after farmer opposition'];
const gFoot = ['About us', 'Help', 'Complaints & corrections', 'Contact us', 'Privacy policy', 'Cookie settings', 'Terms & conditions'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><title>${gTitle} | Wildlife | The Courier</title><meta charset="utf-8">
<meta name="description" content="${gStand}"><meta property="og:type" content="article"><meta property="article:section" content="Environment">
<meta property="article:published_time" content="2026-10-02T06:00:16.000Z">
<link rel="canonical" href="https://www.thecourier.example/environment/2026/oct/02/pine-martens">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}","datePublished":"2026-10-02T06:00:16.000Z",
"author":[{"@type":"Person","name":"Callum Reyes"}]}]</script>
<script>window.guardian = {"config":{"page":{"section":"environment","contentType":"Article","isPaidContent":false}}};</script></head>
<body><a href="#maincontent" class="dcr-1k5x8ho">Skip to main content</a><a href="#navigation" class="dcr-1k5x8ho">Skip to navigation</a>
<header data-component="header" class="dcr-oxvk2x"><div class="dcr-ecw5wk"><a href="/uk/support" class="dcr-10vbcy8">Support us</a>
<ul class="dcr-1mj7p5m">${links(gEdition, 'dcr-edition')}</ul><a href="/signin" class="dcr-5n6d5r">Sign in</a></div>
<nav id="navigation" aria-label="Guardian sections" data-component="nav2"><ul class="dcr-ttjblt">${links(gPillars, 'dcr-pillar')}</ul>
<ul class="dcr-sub-nav" data-component="sub-nav">${links(gSub, 'dcr-2qkfcv')}</ul></nav></header>
<main data-layout="StandardLayout" id="maincontent"><article class="dcr-1cc3rlq"><div class="dcr-section-label"><a href="/environment/wildlife"
data-component="section">Wildlife</a></div>
<div data-gu-name="headline" class="dcr-1u8c9p2"><h1 class="dcr-125vfar">${gTitle}</h1></div>
<div data-gu-name="standfirst" class="dcr-1k4fv6d"><p>${gStand}</p></div>
<div data-gu-name="media" class="dcr-ktm2tm"><figure id="img-1" class="dcr-1f1yjm5"><picture><img src="https://i.guim.example/marten.jpg"
alt="A pine marten on a branch"></picture><figcaption class="dcr-1e0nprs"><span class="dcr-caption">A pine marten at a release pen in the Marle valley.</span>
<span class="dcr-credit">Photograph: Ailsa Moreton/The Courier</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1n6lkmw"><address aria-label="Contributor info" data-component="meta-byline"><div class="dcr-1cfpnlw">
<a rel="author" href="/profile/callum-reyes" data-link-name="auto tag link">Callum Reyes</a> Environment correspondent</div></address>
<details class="dcr-km0ufh" data-component="dateline"><summary>Fri 2 Oct 2026 07.00 BST</summary></details>
<div class="dcr-share" data-component="share"><span>Share</span><a href="#" aria-label="Share on Facebook">Facebook</a>
<a href="#" aria-label="Share by email">Email</a></div></div>
<div data-gu-name="body" class="article-body-commercial-selector article-body-viewer-selector dcr-1jl528t">
${ps(gBody.slice(0, 3), ' class="dcr-iy9ec7"')}
<aside data-gu-name="rich-link" class="dcr-11ugrg9"><p class="dcr-read-more">${gRead1}</p></aside>
<h2 id="why-martens-matter" class="dcr-1hw5v6y">${gBody[3]}</h2>
${ps(gBody.slice(4, 6), ' class="dcr-iy9ec7"')}
<figure class="dcr-ad-slot" data-component="ad-slot"><div class="ad-slot__label">Advertisement</div></figure>
${ps(gBody.slice(6), ' class="dcr-iy9ec7"')}
</div><div data-component="epic" class="dcr-epic"><h2 class="dcr-epic__title">You've read 9 articles in the last year</h2>
<p>Independent journalism on the environment depends on readers like you.</p><a href="/contribute">Support The Courier</a></div>
<div class="dcr-keywords" data-component="keywords"><h2 class="dcr-visually-hidden">Explore more on these topics</h2>
<ul>${links(gTags, 'dcr-tag')}</ul></div>
<a class="dcr-correction" href="/info/complaints">Reuse this content</a></article>
<aside class="dcr-onward"><section data-component="more-on-this-story"><h2>More on this story</h2><ul>${links(gMore)}</ul></section>
<section data-component="most-viewed"><h2>Most viewed</h2><ol>${links(gViewed)}</ol></section></aside>
<section data-component="comments" class="dcr-comments"><h2>Comments (48)</h2><p>Comments on this piece are premoderated.</p></section></main>
<footer data-component="footer" class="dcr-footer"><ul>${links(gFoot)}</ul><p class="dcr-copyright">© 2026 The Courier Media Group.
All rights reserved.</p></footer>
<div id="sp_message_container_1" class="sp_message_container"><p>It's your choice. We use cookies and similar technologies.</p>
<button title="Yes, I'm happy">Yes, I'm happy</button><button title="Manage or reject cookies">Manage or reject cookies</button></div>
</body></html>`;
const courier: TestPage = {
  name: 'heldout399-guardian-dcr-reintroduction-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: ['Why martens matter'],
  body: texts([gStand, ...gBody.slice(0, 3), ...gBody.slice(4)]),
  bylines: ['Callum Reyes', 'Environment correspondent', 'Fri 2 Oct 2026 07.00 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Support us', ...gEdition, 'Sign in', ...gPillars, ...gSub,
    'A pine marten at a release pen in the Marle valley.', 'Photograph: Ailsa Moreton/The Courier', 'Share', 'Facebook', 'Email', gRead1,
    'Advertisement', "You've read 9 articles in the last year", 'Independent journalism on the environment depends on readers like you.',
    'Support The Courier', 'Explore more on these topics', ...gTags, 'Reuse this content', 'More on this story', ...gMore, 'Most viewed', ...gViewed,
    'Comments (48)', 'Comments on this piece are premoderated.', ...gFoot, '© 2026 The Courier Media Group. All rights reserved.',
    "It's your choice. We use cookies and similar technologies.", "Yes, I'm happy", 'Manage or reject cookies',
  ],
};

const lTitle = 'We did it: Heronsgate Meadows is protected forever';
const lBody = [
  j(
    'On the last Friday of June, after three years of fundraising, surveys and legal work, we signed a conservation easement on',
    'Heronsgate Meadows. The 214 acres of hay meadow, wet woodland and river frontage along the Ashby River can now never be',
    'subdivided or developed.',
  ),
  j(
    'The Marsh family have farmed the land for four generations. When Ruth and Tom Marsh first came to us in 2023, they were clear',
    'about what they wanted: to keep farming, to keep the meadows open, and to make sure no one could ever build on them.',
  ),
  j(
    'An easement lets them do exactly that. The family still own the land and will keep cutting hay each July, after the ground-nesting',
    'birds have fledged. We hold the right to make sure the land is never developed, and we will visit every year to check.',
  ),
  'What the easement protects',
  'More than a mile of river frontage, including the heron colony that gives the farm its name.',
  'Forty-one acres of unimproved hay meadow, among the last in the county.',
  'The headwater springs that feed the Ashby River during dry summers.',
  'A public footpath across the lower meadow, which will stay open.',
  'Thank you',
  j(
    'This project cost $1.2 million, more than we have ever raised for a single property. Over 900 of you gave, from children who',
    'emptied their piggy banks to the Ashby Valley Foundation, whose matching grant got us over the line in May.',
  ),
  j(
    'If you would like to see the meadows for yourself, join our guided walk on Saturday, July 18, when the wildflowers should be at',
    'their best. Places are limited; book on our website.',
  ),
  j(
    'Heronsgate is our eleventh easement, and it brings the total area we protect to just over 3,100 acres. There is more to do:',
    'two neighbouring farms have already asked about protecting their own land.',
  ),
];
const lNav = ['Our lands', 'Protect your land', 'Events', 'News', 'Donate'];
const lMore = ['Spring work day at Cobb Hill: 30 volunteers, 400 trees', 'Meet our new stewardship director', 'Why we are buying the Kettle Pond parcel'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${lTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e1b3c">
<meta name="description" content="Heronsgate Meadows is now permanently protected by a conservation easement.">
<meta property="og:site_name" content="Ashby Valley Land Trust"><meta property="og:type" content="article"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ashby Valley Land Trust"},
"author":{"@type":"Person","name":"Priya Lindqvist"},"headline":"${lTitle}","datePublished":"2026-07-02T14:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://news.ashbyvalley.example/"></script>
</head><body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Ashby Valley Land
Trust</a></div><nav class="gh-head-menu"><ul class="nav">${links(lNav)}</ul></nav><div class="gh-head-actions"><a class="gh-head-link"
href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news tag-easements featured">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">Land news</a>
</span><span class="post-card-featured">Featured</span></section><h1 class="article-title">${lTitle}</h1>
<p class="article-excerpt">Three years, 900 donors and one family's promise to the land.</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/priya/">Priya Lindqvist</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-07-02">Jul 2, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/07/heronsgate.jpg 300w" src="/content/images/2026/07/heronsgate.jpg"
alt="Hay meadow"><figcaption>The lower meadow at Heronsgate in June. <span style="white-space: pre-wrap;">Photo by Lars Eberhardt</span></figcaption></figure>
</header><section class="gh-content gh-canvas">
${ps(lBody.slice(0, 3))}
<h2 id="what-the-easement-protects">${lBody[3]}</h2><ul>${lis(lBody.slice(4, 8))}</ul>
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><p>Own land you want to protect? <a href="/protect-your-land">Talk to
us about an easement</a></p></div></div>
<h2 id="thank-you">${lBody[8]}</h2>
${ps(lBody.slice(9))}
</section><section class="article-comments gh-canvas"></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for land news</h2><a class="footer-cta-button" href="#/portal"
data-portal="">
<div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${lMore
  .map(
    (t) => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.length}/"></a><div class="post-card-content"><h2 class="post-card-title">${t}</h2>
<div class="post-card-meta">Jun 2026</div></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Ashby Valley Land Trust</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact', 'Privacy'])}</ul></nav><div class="gh-powered-by">Powered by Ghost</div>
</div></footer></div>
<script src="/assets/built/casper.js?v=5e1b3c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout399-ghost-casper-land-trust-blog',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: [lBody[3] ?? '', lBody[8] ?? ''],
  body: texts(["Three years, 900 donors and one family's promise to the land.", ...lBody.slice(0, 3), ...lBody.slice(4, 8), ...lBody.slice(9)]),
  bylines: ['Priya Lindqvist', 'Jul 2, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashby Valley Land Trust', ...lNav, 'Sign in', 'Subscribe', 'Land news', 'Featured', 'The lower meadow at Heronsgate in June.', 'Photo by Lars Eberhardt',
    'Own land you want to protect? Talk to us about an easement', 'Sign up for land news', 'Enter your email', 'Read more', ...lMore, 'Jun 2026',
    '© 2026', 'Sign up', 'Contact', 'Privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT399_E: readonly TestPage[] = [courier, ghost];
