import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, rows, rowText } from './pages-heldout549-kit.js';

/**
 * Held-out batch 549, file f: a dog-training franchise's blog post on HubSpot CMS (a theme built on the boilerplate) and an
 * obedience club's class timetable on an old hand-written table layout.
 */
const bTitle = '5 Signs Your Puppy Is Ready for Group Classes';
const bParts: [string, string][] = [
  ['1. They can eat in a new place', 'If your puppy will take treats in a friend&rsquo;s garden or a pet shop, they are relaxed enough to learn in a hall.'],
  [
    '2. They recover quickly from surprises',
    'A dropped pan makes most puppies jump. What matters is whether they are sniffing around again within a few seconds.',
  ],
  ['3. They have had their first vaccinations', 'Most classes ask for the first round plus a week. Check with your vet about the timing for your area.'],
  ['4. You can spare ten minutes a day', 'Class is where you learn the exercises. The progress happens at home, in short sessions between classes.'],
  ['5. You are curious rather than desperate', 'Classes work best as a head start. If you are struggling with biting or fear, book a private session first.'],
];
const bIntro = j(
  'Group classes are a great way to start, but they are not the right first step for every puppy. Our trainers at PawPath',
  'Northgate look for these five signs before recommending a class.',
);
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="Our trainers look for these five signs before recommending a group class.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4410022/hub_generated/template_assets/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Renata Vollmer"}}</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://blog.pawpathtraining.com/puppy-ready-for-group-classes">
<script>var hsVars = {"portal_id":4410022,"app_hs_base_url":"https://app.hubspot.com","page_id":"118820023"};</script></head>
<body><div class="body-wrapper hs-content-id-118820023 hs-blog-post hs-blog-id-5523"><div data-global-resource-path="pawpath/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget">
<a href="https://www.pawpathtraining.com"><img src="/hubfs/pawpath-logo.svg" alt="PawPath Dog Training" width="160"></a></span></div>
<div class="header__menu"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(['Find a Location', 'Puppy Classes', 'Adult Dogs', 'Blog', 'Franchise'], 'menu-item hs-skip-lang-url-rewrite')}</ul>
</nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="/author/renata-vollmer">Renata Vollmer</a>
<time datetime="2026-05-12 14:00:00" class="blog-post__timestamp">May 12, 2026</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-type="rich_text">
<p>${bIntro}</p><!--more-->
${bParts.map(([h, p]) => `<h3>${h}</h3>\n<p>${p}</p>`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8f1a"><span class="hs-cta-node hs-cta-8f1a" id="hs-cta-8f1a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4410022/8f1a">
<img class="hs-cta-img" id="hs-cta-img-8f1a" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4410022/8f1a.png"
alt="Find a puppy class near you"></a></span></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><span class="blog-post__tags-label">Tags:</span><a class="blog-post__tag-link" href="/tag/puppies">Puppies</a>
<a class="blog-post__tag-link" href="/tag/group-classes">Group Classes</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list"><div class="blog-related-posts__post"><h3>
<a href="/puppy-biting">Puppy
biting: what is normal at 12 weeks?</a></h3></div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<h3 class="comments-title">Comments</h3>
<div class="comment-form"><div class="hs-form"><label>Comment<span class="hs-form-required">*</span></label><textarea name="comment"></textarea>
<input type="submit" value="Submit Comment" class="hs-button primary large"></div></div></div></div></div></div></main>
<div data-global-resource-path="pawpath/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><h4>Stay in the loop</h4><p>Training tips once a month. No spam.</p></div>
<p class="footer__copyright">© 2026 PawPath Franchising LLC. Each location is independently owned and operated.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area">
<p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve your
website experience.</p><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a>
</div></div></div>
<script src="/hs/hsstatic/content-cta-embed/static-1.66/embed.js"></script><script id="hs-script-loader" async defer src="//js.hs-scripts.com/4410022.js">
</script></body></html>`;
const hubspot: TestPage = finish({
  name: 'heldout549-hubspot-puppy-ready',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bParts.map(([h]) => h),
  body: texts([bIntro, ...bParts.map(([, p]) => p)]),
  bylines: ['Renata Vollmer', 'May 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Find a Location', 'Puppy Classes', 'Adult Dogs', 'Blog', 'Franchise', 'Search', 'Tags:', 'Puppies', 'Group Classes', 'Related posts',
    'Puppy biting: what is normal at 12 weeks?', 'Comments', 'Comment', '*', 'Stay in the loop', 'Training tips once a month. No spam.',
    '© 2026 PawPath Franchising LLC. Each location is independently owned and operated.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

const oTitle = 'Class Timetable - Winter Term';
const oIntro = j(
  'All classes are held at St Aldhelm&#39;s Church Hall, Quarry Road, Bexhill Lane. Term runs for ten weeks from Monday 11th',
  'January. New members must phone the secretary before turning up, as classes fill quickly.',
);
const oRows = [
  ['Monday', '7.00pm', 'Puppy (under 6 months)', 'Mrs J. Penhale'],
  ['Monday', '8.00pm', 'Beginners', 'Mr R. Stannard'],
  ['Wednesday', '7.00pm', 'Bronze Good Citizen', 'Mrs J. Penhale'],
  ['Wednesday', '8.00pm', 'Silver and Gold Good Citizen', 'Mrs A. Croft'],
  ['Thursday', '7.30pm', 'Competition Obedience', 'Mr R. Stannard'],
];
const oNotes = [
  'Fees: &pound;4.00 per class for members, &pound;5.00 for non-members. Annual membership &pound;12.00.',
  'Please bring a poop bag and keep your dog on a lead in the car park at all times.',
];
const oSide = ['Home', 'About the Club', 'Class Timetable', 'Results', 'Committee', 'Links'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Bexhill Lane Dog Training Club - Class Timetable</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="dog training, obedience, bexhill lane, puppy classes, good citizen"><script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script><link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#FFFFCC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120"
alt="Bexhill Lane Dog Training Club"></td></tr><tr><td width="160" valign="top" bgcolor="#336633" class="nav">
<table width="100%" border="0" cellpadding="4">${oSide
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="navlink">${t}</a>
</td></tr>`,
  )
  .join('\n')}</table>
<br><font color="#FFFFFF" size="1">Affiliated to the Kennel Club since 1974</font></td>
<td width="600" valign="top" class="content"><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><h1><font color="#336633">${oTitle}</font></h1>
<p>${oIntro}</p>
<table width="95%" border="1" cellspacing="0" cellpadding="3" bordercolor="#336633"><tr bgcolor="#CCCC99"><td><b>Day</b></td><td><b>Time</b></td>
<td><b>Class</b></td><td><b>Instructor</b></td></tr>
${rows(oRows)}
</table>
<p>${oNotes[0]}</p><p>${oNotes[1]}</p>
<p><b>Secretary:</b> Mrs Gill Harker, tel. 01632 960 418</p>
<p align="center"><font size="1">Page last updated 2nd January</font></p></font></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font color="#FFFFFF" size="1">&copy; Bexhill Lane Dog Training Club. You are visitor number
<img src="/cgi-bin/counter.pl?page=timetable" alt="counter"></font></td></tr></table></body></html>`;
const tableLayout: TestPage = finish({
  name: 'heldout549-table-layout-timetable',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([oIntro, ...oRows.map(rowText), ...oNotes, '<b>Secretary:</b> Mrs Gill Harker, tel. 01632 960 418']),
  bylines: ['Page last updated 2nd January'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...oSide, 'Affiliated to the Kennel Club since 1974', '© Bexhill Lane Dog Training Club. You are visitor number'],
});

export const HELDOUT549_F: readonly TestPage[] = [hubspot, tableLayout];
