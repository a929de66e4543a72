import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout495-kit.js';

/**
 * Held-out batch 495, file f: an amateur dramatic society's next-production page in an old hand-written table layout (with a
 * visitor counter), and a youth theatre company's blog post on HubSpot CMS (cookie banner, subscribe form, related posts).
 */
const tTitle = 'Our Spring Production: Ladies in Lavender Lane';
const tBody = [
  j(
    'Ashcombe Amateur Dramatic Society presents <b>Ladies in Lavender Lane</b>, a new comedy by our own Geoffrey Pardoe, at',
    'St Michael\u2019s Parish Hall from Thursday 23rd to Saturday 25th April at 7.30pm, with a matinee on the Saturday at 2.30pm.',
  ),
  j(
    'Two sisters who have run the village post office for forty years discover that it is to be turned into a coffee shop, and',
    'decide to do something about it. Expect jam, blackmail and a runaway mobility scooter.',
  ),
  'Tickets £9 (members and under 16s £7), including a glass of wine or squash in the interval.',
  'Tickets from Ashcombe Post Office or phone Brenda on 01632 960 558.',
];
const tNav = ['Home', 'Next Production', 'Past Productions', 'Join AADS', 'Photo Gallery', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>AADS - Next Production</title>
<meta name="keywords" content="Ashcombe, amateur dramatics, theatre, plays, AADS"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#660033" height="90">
<img src="images/aads_banner.gif" width="760" height="90" alt="Ashcombe Amateur Dramatic Society"></td></tr>
<tr><td width="160" valign="top" bgcolor="#F5E6CC"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((n) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${n.toLowerCase().replace(/ /g, '')}.htm">${n}</a></font></td></tr>`).join('\n')}
<tr><td><font face="Verdana, Arial" size="1">You are visitor number<br><img src="cgi-bin/counter.gif" alt="counter"> 004512</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia, Times New Roman" color="#660033" size="5"><b>${tTitle}</b></font><br><br>
<img src="images/lavender_poster.jpg" width="200" height="283" align="right" hspace="10" alt="Poster">
<font face="Verdana, Arial" size="2">${tBody.slice(0, 2).join('<br><br>\n')}<br><br>
<b>${tBody[2]}</b><br>
${tBody[3]}</font>
<hr size="1" color="#660033"><font face="Verdana, Arial" size="1"><i>This page last updated 12/02/2026</i></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#660033" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Ashcombe Amateur Dramatic Society 2001-2026
| Registered Charity No. 291034 | <a href="mailto:webmaster@aads.org.uk"><font color="#FFFFFF">Email the webmaster</font></a></font></td></tr></table></body>
</html>`;
const tableSociety: TestPage = finish({
  name: 'heldout495-table-layout-society',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['This page last updated 12/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'You are visitor number 004512', '© Ashcombe Amateur Dramatic Society 2001-2026 | Registered Charity No. 291034 |', 'Email the webmaster',
  ],
});

const uTitle = 'What does a stage manager actually do? A guide for first-time volunteers';
const uIntro = [
  j(
    'Every term, a parent or an older member asks us the same question: \u201cI\u2019d like to help backstage, but what does the stage',
    'manager actually do?\u201d The short answer is: almost everything that the audience never sees. The longer answer is below.',
  ),
  j(
    'At Limelight Youth Theatre, each of our three termly productions has a volunteer stage manager supported by one or two',
    'assistants. None of our current team had done it before they started, and all of them say it is the best seat in the house.',
  ),
];
const uSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    'In rehearsals',
    [
      j(
        'The stage manager keeps the <strong>prompt book</strong>: a copy of the script with every move, cue and change written in.',
        'You mark out the set on the rehearsal room floor with tape, look after the props table and send a short report to the',
        'director and designer after each session so that nothing is forgotten.',
      ),
      j(
        'You are also the person the young actors come to when they have lost a script, need the toilet or have a question they do not',
        'want to ask the director. Patience matters more than technical knowledge.',
      ),
    ],
  ],
  [
    'During the show',
    [
      'Running the pre-show checks: props set, doors closed, actors in the building and the house manager ready.',
      'Calling the cues for lighting and sound from the prompt desk, usually over headsets.',
      'Keeping the show running on time and dealing calmly with whatever goes wrong.',
      'Making sure every young performer is signed in and signed out by a named adult.',
    ],
  ],
  [
    'What you need',
    [
      j(
        'A good memory helps, but a well-kept notebook is better. You will need to be available for most rehearsals in the last three',
        'weeks and for every performance. All our volunteers need an enhanced DBS check, which we arrange and pay for.',
      ),
      j(
        'If you would like to try, come and shadow a stage manager for one evening first. Email Hollie at',
        'volunteers@limelightyouth.org.uk and she will find you a rehearsal to sit in on.',
      ),
    ],
  ],
];
const uNav = ['Classes', 'Productions', 'Holiday Courses', 'Volunteer', 'Blog', 'Contact'];
const uRel = ['How we cast our summer show', 'A parent\u2019s guide to show week', 'Meet our new lighting desk'];
const uFoot = ['Safeguarding policy', 'Privacy policy', 'Terms'];
const hsWrap = (name: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${name}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
 data-hs-cos-general-type="meta_field"
 data-hs-cos-type="rich_text">${inner}</span>`;
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${uTitle}</title>
<meta name="description" content="What a stage manager does in rehearsals and during the show, and how to volunteer at Limelight Youth Theatre.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.limelightyouth.org.uk/blog/what-does-a-stage-manager-do">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="https://www.limelightyouth.org.uk/hubfs/hub_generated/template_assets/1/104857612/1707395261204/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","datePublished":"2026-01-27",
"author":{"@type":"Person","name":"Hollie Brandreth"}}</script>
<meta property="og:url" content="https://www.limelightyouth.org.uk/blog/what-does-a-stage-manager-do"></head>
<body><div class="body-wrapper hs-content-id-159203847211 hs-blog-post hs-blog-id-104857613">
<div data-global-resource-path="@projects/limelight-theme/src/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
 widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="/" id="hs-link-site_logo"><img src="/hubfs/limelight-logo.png"
class="hs-image-widget" alt="Limelight Youth Theatre" width="180" height="60"></a></span></div>
<div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">${links(
  uNav,
  'hs-menu-item hs-menu-depth-1',
)}</ul></nav></span></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/hollie-brandreth">Hollie Brandreth</a>
<time datetime="2026-01-27 10:00:00" class="blog-post__timestamp">January 27, 2026</time></div>
<div class="blog-post__body">${hsWrap(
  'post_body',
  `${ps(uIntro)}\n${uSecs.map(([h, paras]) => `<h2>${h}</h2>\n${h === 'During the show' ? `<ul>${lis(paras)}</ul>` : ps(paras)}`).join('\n')}<!--more-->`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g><path d="M0 252.118V48C0"></path>
</g></svg>
<a class="blog-post__tag-link" href="/blog/tag/backstage">Backstage</a>,<a class="blog-post__tag-link" href="/blog/tag/volunteering">Volunteering</a></div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${uRel
  .map(
    (r) => `<article class="blog-related-posts__post"><a class="blog-related-posts__post-image-wrapper" href="/blog/${r.length}">
<img alt="" src="/hubfs/${r.length}.jpg"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${r.length}">${r}</a></h3>
</div></article>`,
  )
  .join('\n')}</div></section>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
 class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget
 hs_cos_wrapper_type_blog_comments" data-hs-cos-general-type="widget" data-hs-cos-type="blog_comments"><div class="section post-footer">
<div id="comments-listing" class="new-comments"></div><div id="hs_form_target_a3f1"></div></div></span></div></section></div></div></main>
<div data-global-resource-path="@projects/limelight-theme/src/templates/partials/footer.html"><footer class="footer">
<div class="footer__container content-wrapper">
<div class="footer__subscribe"><h2>Subscribe to our newsletter</h2>
<form class="hs-form" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext"
method="POST"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-a3f1"><span>Email</span>
<span class="hs-form-required">*</span></label>
<input id="email-a3f1" name="email" required type="email" class="hs-input" inputmode="email"></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div>
<p>Limelight Youth Theatre, The Old School, Brindle Road, Hexley HX2 4RP</p><ul class="footer__links">${links(uFoot)}</ul>
<p>© 2026 Limelight Youth Theatre. Registered charity no. 1180442.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-region="hs_region_1" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-buttons-area">
<div id="hs-en-cookie-confirmation-buttons-area">
<a href="javascript:void(0);" id="hs-eu-cookie-settings-button">Cookies Settings</a>
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/25911187.js"></script></body></html>`;
const hubspotBlog: TestPage = finish({
  name: 'heldout495-hubspot-youth-theatre-blog',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([h]) => h),
  body: texts([...uIntro, ...uSecs.flatMap(([, p]) => p)]),
  bylines: ['Hollie Brandreth', 'January 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, 'Backstage', 'Volunteering', 'Related posts', ...uRel, 'Subscribe to our newsletter', 'Email',
    'Limelight Youth Theatre, The Old School, Brindle Road, Hexley HX2 4RP', ...uFoot, '© 2026 Limelight Youth Theatre. Registered charity no. 1180442.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Cookies Settings', 'Accept', 'Decline',
  ],
});

export const HELDOUT495_F: readonly TestPage[] = [tableSociety, hubspotBlog];
