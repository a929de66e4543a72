import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file f: a loom maker's blog post on HubSpot CMS (cookie banner, CTA inside the post body, tags, related
 * posts, blog subscribe form), and an old guild web page laid out in tables with font tags, a counter and a web ring.
 */
const hTitle = 'Warping Back to Front: A Step-by-Step Guide';
const hIntro = [
  j(
    'There are two ways to put a warp on a floor loom, and weavers argue about them with surprising passion. Front to back means',
    'threading the heddles first and winding on last. Back to front means spreading the warp in a raddle, winding it onto the back',
    'beam and only then threading. We teach back to front in our beginners’ classes, and this is why: the warp is wound on under',
    'even tension before you touch a heddle, so long and fine warps behave.',
  ),
  'This guide assumes a four-shaft loom with a sectional or plain back beam and a warp of up to about 8 metres.',
];
const hNeed = [
  'a wound warp with a cross, tied in at least four places',
  'a raddle that fits your loom',
  'two lease sticks',
  'warp sticks or thick paper for winding on',
  'a threading hook and a sley hook',
];
const hSteps: readonly [string, string][] = [
  [
    'Step 1: Wind the warp',
    j(
      'Wind the warp on a warping board or mill, keeping the cross at one end. Tie the cross securely with a contrasting yarn, and',
      'tie choke ties every metre. Count in bouts of 2 cm so that each bout fills one space of the raddle.',
    ),
  ],
  [
    'Step 2: Spread the warp in the raddle',
    j(
      'Slide the lease sticks into the cross and tie them together. Lay the bouts in the raddle, centred on the loom, and put the',
      'cap on. Take time here: a warp spread evenly in the raddle will wind on evenly.',
    ),
  ],
  [
    'Step 3: Beam the warp',
    j(
      'Tie the loops to the back apron rod, then wind on while a helper holds the front of the warp under firm, even tension. Lay',
      'a warp stick in every turn for the first metre and then every half turn. Stop when the end of the warp reaches the front beam.',
    ),
  ],
  [
    'Step 4: Thread the heddles',
    j(
      'Cut the front loops and thread from the centre out or from right to left, following your draft and working in groups of',
      'four. Check every group against the draft before you tie it in a slip knot.',
    ),
  ],
  [
    'Step 5: Sley the reed and tie on',
    j(
      'Sley the reed from the centre, then tie the warp to the front apron rod in small bundles. Tighten the bundles so the tension',
      'feels the same all across, and weave a header of a few picks to spread the warp before you start.',
    ),
  ],
];
const hMistakes = [
  'Winding on without enough tension, so the warp sags as you weave.',
  'Leaving the lease sticks out, and losing the cross before threading.',
  'Threading in one long run without checking, so a mistake is found only at the end.',
];
const hClose = 'Once you have warped back to front a few times, the whole process takes about two hours for a 6 metre warp.';
const hHeads = ['What you need', ...hSteps.map(([h]) => h), 'Common mistakes'];
const hNav = ['Looms', 'Accessories', 'Learn', 'Find a dealer', 'About us'];
const hRelated = ['Choosing a reed for your first project', 'Countermarch or jack loom?', 'Caring for linen heddles'];
const hFoot = ['Warranty', 'Spare parts', 'Dealer login', 'Privacy policy'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.brackenfoldlooms.com/hubfs/favicon.png">
<meta name="description" content="How to put a warp on a floor loom from back to front.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:description" content="How to put a warp on a floor loom from back to front.">
<meta property="og:title" content="${hTitle}"><meta property="og:url" content="https://www.brackenfoldlooms.com/blog/warping-back-to-front">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.brackenfoldlooms.com/blog/warping-back-to-front">
<meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml" href="https://www.brackenfoldlooms.com/blog/rss.xml">
<meta name="generator" content="HubSpot"><link rel="stylesheet" href="https://www.brackenfoldlooms.com/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Marit Oddsen"}}</script>
</head><body><div class="body-wrapper   hs-content-id-158220031 hs-blog-post hs-blog-id-1022448">
<div data-global-resource-path="growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img
src="https://www.brackenfoldlooms.com/hubfs/brackenfold-logo.svg" class="hs-image-widget" alt="Brackenfold Looms" width="180" height="48"></a></span></div>
</div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="search-term">Search</label><input type="text" id="search-term"
class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search"><input type="hidden" name="type" value="BLOG_POST">
<button aria-label="Search">
<span id="hs_cos_wrapper_search_button_icon" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon"><svg aria-hidden="true"
viewBox="0 0 512 512"></svg></span></button></form></div></div></div></div><div class="header__row-2"><div class="header__menu header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'has-submenu menu-item hs-skip-lang-url-rewrite')}</ul></nav>
</div>
<div class="header__button header--element"><a class="button" href="/contact">Book a demo</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta">
<a href="/blog/author/marit-oddsen">Marit Oddsen</a>
<time datetime="2026-10-14 09:00:00" class="blog-post__timestamp">Oct 14, 2026 9:00:00 AM</time></div><div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="rich_text">${ps([hIntro[0] ?? ''])}
<!--more-->${ps([hIntro[1] ?? ''])}
<h2>${hHeads[0]}</h2><ul>${lis(hNeed)}</ul>
${hSteps.map(([h, t]) => `<h2>${h}</h2>\n<p>${t}</p>`).join('\n')}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7c1e9a2b"><span class="hs-cta-node hs-cta-7c1e9a2b" id="hs-cta-7c1e9a2b">
<!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/1022448/7c1e9a2b"><img class="hs-cta-img"
id="hs-cta-img-7c1e9a2b" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/1022448/7c1e9a2b.png"
alt="Download the free warping checklist"></a>
</span><script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(1022448,
'7c1e9a2b', {"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code -->
<h2>${hHeads[6]}</h2><ul>${lis(hMistakes)}</ul>
${ps([hClose])}</span></div>
<div class="blog-post__tags"><svg version="1.0" aria-hidden="true"></svg><a class="blog-post__tag-link" href="/blog/tag/warping">Warping</a>,
<a class="blog-post__tag-link" href="/blog/tag/floor-looms">Floor looms</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_blog_comments"></div></div></div></section></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelated
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/${t
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}"><img class="blog-related-posts__image" src="https://www.brackenfoldlooms.com/hubfs/related.jpg" loading="lazy" alt=""></a>
<div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link" href="/blog/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></h3>
</div></article>`,
  )
  .join('\n')}</div></div></div>
<div class="blog-subscribe content-wrapper"><h3>Subscribe to the Brackenfold blog</h3><div class="hs-form-frame"><form class="hs-form stacked" action="#"
novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7a1c">
<span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7a1c" name="email" required type="email" class="hs-input" autocomplete="email"></div></div><div class="hs_submit hs-submit">
<div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div></main>
<div data-global-resource-path="growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__menu">${links(hFoot)}</ul><p class="footer__copyright">© 2026 Brackenfold Looms, Hebden Row, Yorkshire</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1022448.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout636-hubspot-warping-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: [...hIntro, ...hNeed, ...hSteps.map(([, t]) => t), ...hMistakes, hClose],
  bylines: ['Marit Oddsen', 'Oct 14, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, 'Book a demo', 'Floor looms', 'Related posts', ...hRelated, 'Subscribe to the Brackenfold blog',
    'Email*', ...hFoot, '© 2026 Brackenfold Looms, Hebden Row, Yorkshire',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

const oTitle = 'Washing a Raw Fleece';
const oIntro = j(
  'Members often ask at meetings how to wash a fleece straight from the sheep. This is the method we teach in the Guild’s',
  'beginners’ class. It works for most medium and fine wools. Please read it all through before you start!',
);
const oSkirt = j(
  'Spread the fleece out, cut side down, on a clean sheet or an old garden table. Pull away the dirty edges, the belly wool and',
  'any bits full of hay or burrs. Be ruthless. A good fleece will lose about a fifth of its weight in skirting.',
);
const oSoak = j(
  'Fill a bucket or the bath with cold water and leave the fleece to soak overnight. This takes out a surprising amount of dirt',
  'and does not harm the wool. Tip the water on the garden, not down the drain.',
);
const oWash = [
  j(
    'Fill a sink with water as hot as it comes from the tap and add a good squirt of washing-up liquid. Lay the wool in gently in',
    'small amounts and push it under. <b>Do not stir or rub it</b>, or it will felt. Leave it for twenty minutes.',
  ),
  'Lift the wool out, let the water drain, and repeat with fresh hot water and soap. Then rinse twice in water of the same heat.',
];
const oDry = 'Roll the wool in a towel to take out the water, then spread it on a rack in the shade. It is dry when the tips feel crisp.';
const oHeads = ['Skirting', 'Soaking', 'Washing', 'Drying'];
const oSide = ['Home', 'Meetings', 'Programme 2004', 'Classes', 'Library', 'Links', 'Join the Guild'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Tamsworth Spinners &amp; Weavers Guild - Washing a Raw Fleece</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="keywords" content="fleece, washing, spinning, guild, Tamsworth">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" text="#000000" link="#663300" vlink="#996633" topmargin="0" leftmargin="0"><a name="top"></a>
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/banner.gif" width="760" height="90"
alt="Tamsworth Spinners and Weavers Guild"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DCC0"><table width="100%" border="0" cellpadding="6"><tr><td><font face="Verdana, Arial" size="2">
<b>Guild Pages</b><br>${oSide.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a><br>`).join('\n')}
<br><img src="images/spacer.gif" width="1" height="20" alt=""><br><b>Fleece Sale</b><br>Saturday 5th June, Tamsworth Village Hall, 10am</font></td></tr>
</table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td><font face="Georgia, Times New Roman" size="3">
<h2 align="center"><font color="#663300">${oTitle}</font></h2>
<p align="center"><i>by Edna Fairholme, Guild Librarian</i></p>
<p>${oIntro}</p>
<h3><font color="#663300">${oHeads[0]}</font></h3><p>${oSkirt}</p>
<h3><font color="#663300">${oHeads[1]}</font></h3><p>${oSoak}</p>
<h3><font color="#663300">${oHeads[2]}</font></h3><p>${oWash[0]}</p><p>${oWash[1]}</p>
<p align="center"><img src="images/fleece_sink.jpg" width="320" height="240" alt="Fleece in the sink" border="1"><br><font size="2">Fleece soaking in the
sink (photo: B. Lowe)</font></p>
<h3><font color="#663300">${oHeads[3]}</font></h3><p>${oDry}</p>
<p align="right"><font size="2"><a href="#top">Back to top</a></font></p>
<hr noshade size="1" color="#996633"><p align="center"><font size="1" face="Verdana, Arial">Last updated: 14 March 2004<br>
You are visitor number <img src="/cgi-bin/counter.gif?page=fleece" alt="04213"> since January 2001<br>
<a href="mailto:webmaster@tamsworthguild.org.uk">Email the webmaster</a> | Best viewed at 800 x 600</font></p>
<table border="1" cellpadding="4" cellspacing="0" align="center" bordercolor="#996633"><tr><td align="center"><font size="1" face="Verdana, Arial">
This site is a member of the <b>Fibre Arts Ring</b><br>
<a href="http://ring.example.net/prev?id=112">[Prev]</a> <a href="http://ring.example.net/next?id=112">[Next]</a>
<a href="http://ring.example.net/random">[Random]</a> <a href="http://ring.example.net/list">[List Sites]</a></font></td></tr></table>
</font></td></tr></table></td></tr></table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout636-table-layout-fleece-washing',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oHeads,
  body: texts([oIntro, oSkirt, oSoak, ...oWash, oDry]),
  bylines: ['by Edna Fairholme, Guild Librarian', 'Last updated: 14 March 2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Guild Pages', ...oSide.filter((t) => t !== 'Meetings'), 'Fleece Sale', 'Saturday 5th June, Tamsworth Village Hall, 10am',
     'Fleece soaking in the sink (photo: B. Lowe)',
    'Back to top', 'You are visitor number since January 2001', 'Email the webmaster', 'Best viewed at 800 x 600',
    'This site is a member of the Fibre Arts Ring', '[Prev]', '[Next]', '[Random]', '[List Sites]',
  ],
};

export const HELDOUT636_F: readonly TestPage[] = [hubspot, oldTable];
