import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout658-kit.js';

/**
 * Held-out batch 658, file f: a building trade news site's story on dormer rules on Ghost (Casper theme, tag, excerpt, byline
 * with reading time, feature image caption, read-more cards, portal buttons), and a small family insulation firm's cavity wall
 * page in an old table layout (font tags, side menu, spacer images, hit counter).
 */
const gTitle = 'Ashcombe tightens rules on rear dormers in its conservation areas';
const gDek = j(
  'Homeowners in six conservation areas will need planning permission for rear dormers from 1 April, as the council removes',
  'permitted development rights.',
);
const gBody = [
  j(
    'Ashcombe District Council has confirmed an Article 4 direction covering six of its conservation areas, ending the right to build a',
    'rear dormer without a planning application. The direction takes effect on 1 April and applies to around 2,300 houses.',
  ),
  j(
    'Councillors voted 9 to 3 for the change on Tuesday evening, after a consultation that drew 412 responses. Just over half of those',
    'who responded supported the direction.',
  ),
  'Why the council acted',
  j(
    'Officers told the planning committee that large box dormers had "eroded the character" of streets where the rear roofs can be',
    'seen from public footpaths and the riverside. They said 41 rear dormers had gone up in the six areas since 2020, most of them',
    'full-width.',
  ),
  j(
    '"We are not banning loft conversions," said the committee chair, Councillor Ruth Pemberton. "We are asking people to apply, so',
    'that we can help them design a dormer that suits the street."',
  ),
  'What it means for builders',
  j(
    'Loft companies working in the district say the change will add at least eight weeks to projects that had been planned as',
    'permitted development. Applications for householder development are free where an Article 4 direction removes the right.',
  ),
  'Projects already under way are not affected if work starts before 1 April. The areas covered are:',
  'Ashcombe Old Town',
  'Millbrook and The Wharf',
  'St Anne’s Park',
  'Upper Kenning',
  'Harcourt Road',
  'Lower Fold',
  j(
    'The council will publish design guidance for dormers in conservation areas in the spring, including examples of smaller dormers',
    'set within the roof slope and finished in slate or lead.',
  ),
];
const gHs = [2, 5];
const gList = [8, 9, 10, 11, 12, 13];
const gNav = ['Home', 'News', 'Planning', 'Products', 'Jobs'];
const gRead = [
  ['Party wall disputes rise as loft conversions boom', 'Surveyors report a third more awards in the past year.', 'Jan 28, 2026', '4 min read'],
  ['New fire guidance for loft stairs published', 'What the updated approved document says about escape routes.', 'Jan 20, 2026', '5 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://loftline.example/assets/built/screen.css?v=8e2b1c4d5a">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://loftline.example/ashcombe-rear-dormers-article-4/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-11T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Loftline"},
"author":{"@type":"Person","name":"Kit Hallam"},"headline":"${gTitle}","datePublished":"2026-02-11T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.79"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://loftline.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-planning tag-dormers is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://loftline.example">Loftline</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none"
viewBox="0 0 24 24"></svg></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a
href="https://loftline.example/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-planning tag-dormers ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/planning/">Planning</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a
href="/author/kit/" class="author-avatar
author-profile-image"><img class="author-profile-image" src="/content/images/size/w100/2025/06/kit.jpg" alt="Kit Hallam"></a></li></ul><div
class="article-byline-meta">
<h4 class="author-name"><a href="/author/kit/">Kit Hallam</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-02-11">Feb
11, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/02/dormers.jpg 300w, /content/images/size/w2000/2026/02/dormers.jpg 2000w"
src="/content/images/size/w2000/2026/02/dormers.jpg" alt="Rear roofs in Ashcombe Old Town"><figcaption><span style="white-space: pre-wrap;">Rear roofs above the
river in Ashcombe Old Town. Photo: Loftline</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(0, 2))}<h2 id="why-the-council-acted">${at(gBody, 2)}</h2>${ps(gBody.slice(3, 5))}
<h2 id="what-it-means-for-builders">${at(gBody, 5)}</h2>${ps(gBody.slice(6, 8))}<ul>${lis(gList.map((i) => at(gBody, i)))}</ul>${ps([at(gBody, 14)])}
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>Get Loftline in your inbox every Friday.</p></div>
<a href="#/portal/signup" class="kg-cta-button">Subscribe free</a></div></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner">${gRead
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><a
class="post-card-image-link" href="/${t?.length}/">
<img class="post-card-image" src="/content/images/size/w600/2026/01/${t?.length}.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content"><a
class="post-card-content-link"
href="/${t?.length}/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Planning</span></div><h2
class="post-card-title">${t}</h2>
</header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time><span
class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://loftline.example">Loftline</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Advertise', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script
src="https://loftline.example/assets/built/casper.js?v=8e2b1c4d5a"></script>
</body></html>`;
const ghostDormers: TestPage = {
  name: 'heldout658-ghost-dormer-article4-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gHs.map((i) => at(gBody, i)),
  body: texts([gDek, ...gBody.filter((_, i) => !gHs.includes(i))]),
  bylines: ['Kit Hallam', 'Feb 11, 2026', 'Jan 28, 2026', 'Jan 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Loftline', ...gNav.filter((t) => t !== 'Planning'), 'Sign in', 'Subscribe', '• 3 min read',
    'Rear roofs above the river in Ashcombe Old Town. Photo: Loftline',
    'Get Loftline in your inbox every Friday.', 'Subscribe free', ...gRead.flatMap(([t, e, , r]) => [t ?? '', e ?? '', r ?? '']), 'Loftline © 2026', 'Sign up',
    'Advertise', 'Contact', 'Powered by Ghost',
  ],
};

const tTitle = 'Cavity Wall Insulation';
const tBody = [
  j(
    'If your house was built after 1930 it probably has cavity walls, two layers of brick with a gap between them. Filling that gap',
    'stops heat escaping and can save up to a third of the heat lost through the walls.',
  ),
  j(
    'We drill small holes in the mortar joints, blow in polystyrene beads with a bonding agent, and fill the holes to match your',
    'pointing. A normal semi takes us half a day and there is no mess inside the house.',
  ),
  'All our work carries a 25 year guarantee. Free surveys within 20 miles of Penrith.',
];
const tSide = ['Home', 'Loft Insulation', 'Cavity Walls', 'Prices', 'Testimonials', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Eden Valley Insulation - Cavity Wall Insulation</title>
<meta name="keywords" content="cavity wall insulation, penrith, cumbria, loft insulation"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)
x.src=x.oSrc; }</script>
</head><body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.jpg" width="760" height="120"
alt="Eden Valley Insulation"></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana, Arial" size="2" color="#FFFFFF"><b>Family run since 1987 - Call Penrith 01768 496
105</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8F0E0"><img src="images/spacer.gif" width="160" height="10"><br>
${tSide
  .map(
    (t) => `<font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"
class="navlink">${t}</a></font><br><br>`,
  )
  .join('\n')}
<img src="images/guarantee.gif" width="140" height="90" alt="CIGA guarantee"></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td><font face="Verdana, Arial" size="4"
color="#336633"><b>${tTitle}</b></font>
<font face="Verdana, Arial" size="2">${ps(tBody)}</font>
<p align="center"><img src="images/cavity.jpg" width="300" height="200" alt="Cavity wall being filled"></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Eden Valley Insulation 2004-2026 | Site by
Fellside Web Design<br>You are visitor number <img src="cgi-bin/counter.gif" alt="004512"></font></td></tr></table></body></html>`;
const tableCavity: TestPage = {
  name: 'heldout658-table-layout-cavity-wall',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: [],
  furniture: [
    'Family run since 1987 - Call Penrith 01768 496 105',
    ...tSide.filter((t) => t !== 'Cavity Walls'),
    '© Eden Valley Insulation 2004-2026 | Site by Fellside Web Design',
    'You are visitor number',
  ],
};

export const HELDOUT658_F: readonly TestPage[] = [ghostDormers, tableCavity];
