import { ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout635-kit.js';

/**
 * Held-out batch 635, file e: a calligrapher's blog post on nibs on Hugo with the PaperMod theme (breadcrumbs, post meta line,
 * table of contents, a comparison table, tags, prev / next links), and a glass supplier's blog post on annealing on HubSpot CMS
 * (menu, cookie banner, author and date, a schedule table, CTA, tags, related posts and a comment form).
 */
const hTitle = 'Choosing a first nib for copperplate';
const hDesc = 'Five pointed nibs I hand to beginners, and why the softest one is rarely the right place to start.';
const hMeta = 'January 19, 2025 · 6 min · Ines Farrow';
const hIntro = [
  j(
    'Every copperplate class I teach starts with the same question: which nib should I buy? The honest answer is that the nib matters',
    'less than the hours, but a poor match between nib and hand can make those first hours miserable.',
  ),
  j(
    'Pointed nibs differ in two ways that matter to a beginner: how much they flex under pressure and how sharp the tip is. A very',
    'flexible nib gives dramatic swells but punishes an uneven hand; a very sharp one catches the paper on every upstroke.',
  ),
];
const hH1 = 'The five I recommend';
const hRows = [
  ['Nikko G', 'Firm', 'Medium', 'Forgiving, long-lasting, my default for day one'],
  ['Zebra G', 'Firm to medium', 'Medium', 'Slightly smoother than the Nikko on laid paper'],
  ['Brause 66EF', 'Very soft', 'Very fine', 'Beautiful hairlines once your pressure is under control'],
  ['Hunt 101', 'Medium', 'Fine', 'A good second nib; needs a few minutes to break in'],
  ['Leonardt Principal', 'Soft', 'Extra fine', 'Save it for later, it will teach you bad habits early'],
];
const hH2 = 'Preparing a new nib';
const hPrep = [
  j(
    'New nibs are coated in a thin layer of oil to stop them rusting in the packet, and ink will bead on them until it is removed.',
    'Wipe the nib with a little washing-up liquid on a cloth, or pass it briefly through a lighter flame, then rinse and dry it.',
  ),
];
const hSteps = [
  'Clean off the factory oil',
  'Seat the nib firmly in an oblique holder',
  'Dip to just above the vent hole',
  'Make ten practice ovals before writing anything',
];
const hH3 = 'When to move on';
const hEnd = [
  j(
    'When your downstrokes swell and release where you mean them to, and your hairlines stop splattering, try the Hunt 101. Most',
    'students are ready after about twenty hours of practice.',
  ),
];
const hMenu = ['Posts', 'Workshops', 'Tags', 'About'];
const hTags = ['copperplate', 'nibs', 'beginners'];
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.128.0"><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${hTitle} | Quill &amp; Ash</title><meta name="keywords" content="copperplate, nibs, beginners"><meta name="description" content="${hDesc}">
<meta name="author" content="Ines Farrow"><link rel="canonical" href="https://quillandash.net/posts/first-nib-for-copperplate/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.fc220c15db4aef0318bbf30adc45d33d4d7c88deff3238b23eb255afdc472ca6.css"
rel="preload stylesheet" as="style">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2025-01-19T00:00:00Z",
"author":[{"@type":"Person","name":"Ines Farrow"}]}</script></head>
<body id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://quillandash.net/" accesskey="h" title="Quill &amp; Ash (Alt + H)">Quill &amp; Ash</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18"
viewBox="0 0 24 24"></svg></button></div></div><ul id="menu">
${hMenu.map((t) => `<li><a href="https://quillandash.net/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('\n')}
</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://quillandash.net/">Home</a>&nbsp;»&nbsp;
<a href="https://quillandash.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title="2025-01-19 00:00:00 +0000 UTC">January 19, 2025</span>&nbsp;·&nbsp;6 min&nbsp;·&nbsp;Ines Farrow</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${[hH1, hH2, hH3].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('\n')}
</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
<h2 id="the-five-i-recommend">${hH1}<a hidden class="anchor" aria-hidden="true" href="#the-five-i-recommend">#</a></h2>
<table><thead><tr><th>Nib</th><th>Flex</th><th>Tip</th><th>Notes</th></tr></thead><tbody>
${trs(hRows)}
</tbody></table>
<h2 id="preparing-a-new-nib">${hH2}<a hidden class="anchor" aria-hidden="true" href="#preparing-a-new-nib">#</a></h2>${ps(hPrep)}<ol>${lis(hSteps)}</ol>
<h2 id="when-to-move-on">${hH3}<a hidden class="anchor" aria-hidden="true" href="#when-to-move-on">#</a></h2>${ps(hEnd)}</div>
<footer class="post-footer"><ul class="post-tags">${hTags.map((t) => `<li><a href="https://quillandash.net/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://quillandash.net/posts/ruling-a-practice-sheet/"><span class="title">« Prev</span><br>
<span>Ruling a practice sheet in five minutes</span></a><a class="next" href="https://quillandash.net/posts/gum-arabic/"><span class="title">Next »</span><br>
<span>How much gum arabic is too much?</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=Choosing">
<svg viewBox="0 0 512 512" height="30px" width="30px" fill="currentColor"></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>&copy; 2025 <a href="https://quillandash.net/">Quill &amp; Ash</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu=document.getElementById('menu');if(menu){menu.scrollLeft=localStorage.getItem("menu-scroll-position")}</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout635-hugo-papermod-nibs',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hH1, hH2, hH3],
  body: texts([hDesc, ...hIntro, ...rowTexts(hRows), ...hPrep, ...hSteps, ...hEnd]),
  bylines: [hMeta],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quill & Ash', ...hMenu.slice(0, 3), 'Home', 'Table of Contents', '« Prev', 'Ruling a practice sheet in five minutes', 'Next »',
    'How much gum arabic is too much?', '© 2025 Quill & Ash · Powered by Hugo & PaperMod',
  ],
};

const bTitle = 'Annealing blown glass: a beginner\u2019s guide to kiln schedules';
const bIntro = [
  j(
    'Every piece of blown glass has to be annealed: held at a temperature where internal stresses can relax, then cooled slowly enough',
    'that new stresses do not form. Skip it, or rush it, and a perfect-looking tumbler can crack on the shelf a week later.',
  ),
  j(
    'This guide explains what happens in the annealer and gives a starting schedule for soft soda-lime glass of the kind most small',
    'hot shops use. Always check the figures your glass manufacturer publishes; they vary from batch to batch.',
  ),
];
const bH1 = 'What annealing does';
const bWhat = [
  j(
    'Glass shrinks as it cools. When the outside of a piece cools faster than the inside, the two parts end up pulling against each',
    'other. At the annealing point, the glass is still stiff enough to hold its shape but soft enough for those stresses to even out.',
    'For most soda-lime blowing glass that point is around 480 to 520°C.',
  ),
];
const bH2 = 'A starting schedule';
const bRows = [
  ['Soak', '505°C', 'Hold 60 minutes from when the last piece goes in'],
  ['Anneal cool', '505°C to 400°C', '50°C per hour'],
  ['Second cool', '400°C to 100°C', '100°C per hour'],
  ['Natural cool', '100°C to room temperature', 'Kiln closed, switched off'],
];
const bRule = 'For pieces with walls thicker than 10 mm, double the soak and halve the cooling rates.';
const bH3 = 'Checking your work';
const bCheck = [
  j(
    'A cheap polariscope, two sheets of polarising film with a light behind them, will show residual stress as coloured bands.',
    'Well-annealed glass looks evenly grey; bright rainbow patterns, especially around the base or a handle, mean the schedule needs',
    'a longer soak or a slower cool.',
  ),
];
const bMenu = ['Shop', 'Glass & Colour', 'Tools', 'Kilns', 'Classes', 'Blog'];
const bRel = ['Choosing your first glory hole', 'Colour compatibility explained', 'How to store frit and powders'];
const bHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Annealing Blown Glass: A Beginner's Guide to Kiln Schedules</title>
<link rel="shortcut icon" href="https://www.kelvale-glass.co.uk/hubfs/favicon.png">
<meta name="description" content="What annealing does and a starting schedule.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.kelvale-glass.co.uk/hubfs/hub_generated/template_assets/1/8812/1739820451/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Owen Ashcombe"},"datePublished":"2025-02-04T09:00:00Z"}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.kelvale-glass.co.uk/blog/annealing-blown-glass-kiln-schedules"></head>
<body><div class="body-wrapper hs-content-id-184620931 hs-blog-post hs-blog-id-78112045">
<div data-global-resource-path="kelvale-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.kelvale-glass.co.uk"
id="hs-link-site_logo"><img src="https://www.kelvale-glass.co.uk/hubfs/kelvale-logo.svg" class="hs-image-widget" alt="Kelvale Glass Supplies"></a></span></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="search-field">Search</label>
<input type="text" id="search-field" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div></div></div>
<div class="header__row-2"><div class="header__menu header--element"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_menu"><div class="hs-menu-wrapper active-branch flyouts hs-menu-flow-horizontal" role="navigation">
<ul role="menu" class="active-branch">${bMenu
  .map(
    (t) => `<li class="hs-menu-item hs-menu-depth-1" role="none">
<a href="/${t.toLowerCase().replace(/\W+/g, '-')}"
role="menuitem">${esc(t)}</a></li>`,
  )
  .join('\n')}</ul></div></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.kelvale-glass.co.uk/blog/author/owen-ashcombe">Owen Ashcombe</a>
<time datetime="2025-02-04 09:00:00" class="blog-post__timestamp">Feb 4, 2025 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(bIntro)}<!--more--><h2>${bH1}</h2>${ps(bWhat)}<h2>${bH2}</h2>
<div data-hs-responsive-table="true" style="overflow-x:auto;max-width:100%;width:100%"><table style="width:100%;border-collapse:collapse;table-layout:fixed">
<tbody><tr><td><strong>Stage</strong></td><td><strong>Temperature</strong></td><td><strong>Time or rate</strong></td></tr>
${trs(bRows)}</tbody></table></div>${ps([bRule])}<h2>${bH3}</h2>${ps(bCheck)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8a1c"><span class="hs-cta-node hs-cta-8a1c" id="hs-cta-8a1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/78112045/8a1c" class="cta_button">Download our printable annealing chart</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 25 25" aria-hidden="true"></svg><a class="blog-post__tag-link"
href="https://www.kelvale-glass.co.uk/blog/tag/kilns">Kilns</a>
<a class="blog-post__tag-link" href="https://www.kelvale-glass.co.uk/blog/tag/hot-glass">Hot glass</a>
</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${bRel
  .map(
    (t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/p">${t}</a></h3></article>`,
  )
  .join('\n')}</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_hubspot-comment-form" class="comment-form"><h3 class="comment-form-title">Leave a comment</h3><form class="hs-form">
<div class="hs_firstname hs-form-field"><label for="firstname"><span>First Name</span><span class="hs-form-required">*</span></label>
<input id="firstname" name="firstname" type="text"></div><div class="hs_comment hs-form-field"><label for="comment"><span>Comment</span></label>
<textarea id="comment" name="comment"></textarea></div><input type="submit" class="hs-button primary large" value="Submit Comment"></form></div>
</div></span></div></div></div></div></main>
<div data-global-resource-path="kelvale-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Kelvale Glass Supplies Ltd, Unit 9, Mercia Trade Park, Kelvale KV2 4RR</p>
<p>© 2025 Kelvale Glass Supplies Ltd. All rights reserved.</p></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"></div><p id="hs-eu-policy-wording">This website stores cookies on
your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.230/embed.js"></script>
<script src="//js.hs-scripts.com/78112045.js" async defer id="hs-script-loader"></script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout635-hubspot-annealing',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bH1, bH2, bH3],
  body: texts([...bIntro, ...bWhat, ...rowTexts(bRows), bRule, ...bCheck]),
  bylines: ['Owen Ashcombe', 'Feb 4, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...bMenu, 'Download our printable annealing chart', 'Hot glass',
    'Related posts', ...bRel, 'Leave a comment', 'First Name', 'Comment',
    'Kelvale Glass Supplies Ltd, Unit 9, Mercia Trade Park, Kelvale KV2 4RR', '© 2025 Kelvale Glass Supplies Ltd. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT635_E: readonly TestPage[] = [hugo, hubspot];
