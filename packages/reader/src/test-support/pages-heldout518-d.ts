import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout518-kit.js';

/**
 * Held-out batch 518, file d: a sign maker's blog post on Webflow (CMS collection page, Finsweet cookie banner, related
 * posts and a call-to-action strip), and a picture framer's conservation framing page in a 2000s table layout.
 */
const fTitle = 'Shopfront signs and planning permission: the basics';
const fBody: readonly (readonly [string, string])[] = [
  [
    'p',
    j(
      'Almost every week someone asks us whether they need permission for a new shop sign. The honest answer is: it depends on the',
      'size, where it goes and whether it lights up. Here is a plain guide to the rules as they usually apply, based on twenty years',
      'of fitting signs across the county.',
    ),
  ],
  ['h2', 'Do I need advertisement consent?'],
  [
    'p',
    j(
      'Many signs have what is called deemed consent, which means you can put them up without applying. A flat fascia sign that is',
      'not lit, sits below the first-floor windows and has letters no taller than 0.75 metres normally falls into this group.',
    ),
  ],
  ['p', 'You will usually need to apply if any of these apply to your sign:'],
  ['li', 'it is illuminated from inside or by spotlights'],
  ['li', 'it projects from the wall, such as a hanging or blade sign'],
  ['li', 'it is above the level of the first-floor window sills'],
  ['li', 'the building is listed or in a conservation area'],
  ['h2', 'Illuminated signs'],
  [
    'p',
    j(
      'Lit signs need consent in most places, but that is rarely a problem on a high street. The council mainly cares about brightness',
      'and whether the light spills into homes above. Halo-lit letters, where the light shines onto the wall behind, are often',
      'approved more easily than a lightbox.',
    ),
  ],
  ['h2', 'Listed buildings and conservation areas'],
  [
    'p',
    j(
      'On a listed building you may need listed building consent as well as advertisement consent, even to replace an existing',
      'sign with one the same size. Hand-painted lettering on timber, or individual letters fixed into the mortar joints rather',
      'than the stone, tend to be received well.',
    ),
  ],
  ['blockquote', 'Talk to the planning officer before you commission the design, not after. It saves everyone a redraw.'],
  ['h2', 'How long does it take?'],
  [
    'p',
    j(
      'Councils aim to decide advertisement consent within eight weeks. We can prepare the drawings and photo mock-ups for your',
      'application, and we hold your production slot until the decision comes through.',
    ),
  ],
  ['p', 'This article is general guidance, not legal advice. Rules differ between councils, so always check with yours.'],
];
const fHtmlBody = fBody
  .map(([t, s], i) => {
    const open = t === 'li' && fBody[i - 1]?.[0] !== 'li' ? '<ul role="list">' : '';
    const close = t === 'li' && fBody[i + 1]?.[0] !== 'li' ? '</ul>' : '';
    const fig =
      i === 9
        ? j(
            '<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1/halo.jpg"',
            'loading="lazy" alt="Halo-lit letters on a brick wall"></div>',
            '<figcaption>Halo-lit steel letters we fitted for Pell &amp; Daughter, Leyburn Cross.</figcaption></figure>',
          )
        : '';
    return `${open}<${t}>${s}</${t}>${close}${fig}`;
  })
  .join('\n');
const fNav = ['Services', 'Our Work', 'Journal', 'About'];
const fRel = ['What is a tray sign, and do you need one?', 'Vinyl lettering vs. painted lettering', 'Looking after an outdoor sign'];
const fFoot = ['Unit 4, Fenwick Yard, Leyburn Cross', '01632 960 418', 'hello@brightlinesigns.co.uk', 'Privacy', 'Terms'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 19 2027 10:02:11 GMT+0000 -->
<html data-wf-domain="www.brightlinesigns.co.uk" data-wf-page="65a1f0c2e4" data-wf-site="65a1f0c2e3" data-wf-collection="65a1f0c2e9"
data-wf-item-slug="shopfront-signs-planning-permission"><head><meta charset="utf-8"><title>${fTitle} | Brightline Signs</title>
<meta content="What you need to know before putting up a new shop sign." name="description"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65a1f0c2e3/css/brightline.webflow.5f2a.min.css" rel="stylesheet"
type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&
c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":"Callum Brisk","
datePublished":"2027-01-18"}</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to
the storing of cookies on your device to improve site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div fs-cc="preferences" class="fs-cc-prefs_component" style="display:none"><div class="fs-cc-prefs_form">
<div class="fs-cc-prefs_title">Privacy Preference Centre</div>
<div class="fs-cc-prefs_text">Manage which cookies this site may set.</div><a fs-cc="submit" href="#" class="fs-cc-prefs_button w-button">Save preferences</a>
</div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65a1f0c2e3/logo.svg"
loading="lazy" width="150" alt="Brightline Signs"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/contact" class="button nav-button w-button">Get a quote</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
</div>
<section class="section-blog-hero"><div class="container w-container"><a href="/journal" class="back-link w-inline-block"><div>← All articles</div></a>
<div class="blog-category">Planning</div><h1 class="blog-title">${fTitle}</h1><div class="blog-meta"><div class="text-block-date">18 January 2027</div>
<div class="meta-dot"></div><div class="text-by">by</div><div class="author-name">Callum Brisk</div></div>
<img src="https://assets-global.website-files.com/65a1f0c2e9/shopfront.jpg" loading="lazy" alt="" class="blog-hero-image"></div></section>
<section class="section-blog-body"><div class="container narrow w-container"><div class="rich-text-block w-richtext">
${fHtmlBody}
</div></div></section>
<section class="section-related"><div class="container w-container"><h2 class="related-heading">More from the journal</h2><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">${fRel
  .map(
    (t, i) => `<div role="listitem" class="w-dyn-item"><a href="/journal/post-${i}" class="related-card
w-inline-block"><div class="related-card-title">${t}</div><div class="related-card-link">Read more</div></a></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="cta-section"><div class="container w-container"><h2 class="cta-heading">Ready for a new sign?</h2><p class="cta-text">Free site survey within
20 miles of Leyburn Cross.</p><a href="/contact" class="button w-button">Book a survey</a></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col">${fFoot
  .slice(0, 3)
  .map((t) => `<div class="footer-text">${t}</div>`)
  .join('')}</div><div class="footer-col"><a href="/privacy" class="footer-link">${fFoot[3]}</a><a href="/terms" class="footer-link">${fFoot[4]}</a></div></div>
<div class="footer-copyright">© 2027 Brightline Signs Ltd. Registered in England 09876543.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e3" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e3/js/webflow.3c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout518-webflow-sign-planning',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fBody.filter(([t]) => t === 'h2').map(([, s]) => s),
  body: texts(fBody.filter(([t]) => t !== 'h2').map(([, s]) => s)),
  bylines: ['18 January 2027', 'Callum Brisk'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to improve site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept', ...fNav, 'Get a quote', '← All articles', 'Halo-lit steel letters we fitted for Pell & Daughter, Leyburn Cross.',
    'More from the journal', ...fRel, 'Read more', 'Ready for a new sign?', 'Free site survey within 20 miles of Leyburn Cross.', 'Book a survey',
    ...fFoot, '© 2027 Brightline Signs Ltd. Registered in England 09876543.',
  ],
};

const tTitle = 'Conservation Framing';
const tBody = [
  j(
    'Conservation framing protects your artwork for the long term. Everything that touches the picture is acid-free and can be',
    'removed without leaving a mark, so a future owner or restorer can take it apart safely.',
  ),
  '<b><font color="#5C4033">What we use</font></b>',
  '100% cotton rag mountboard, in white, ivory and antique cream',
  'Japanese paper hinges fixed with wheat starch paste',
  'UV-filtering glass as standard',
  'Sealed backs with acid-free backing board and gummed tape',
  '<b><font color="#5C4033">What is it for?</font></b>',
  j(
    'We recommend conservation framing for original watercolours, drawings, limited edition prints, old photographs, certificates',
    'and anything of family or sentimental value. For a poster you expect to change in a few years, our standard framing is fine.',
  ),
  j(
    'A conservation frame costs about a third more than standard framing. Please ring or call in for a quote - we are always happy',
    'to look at a piece and give advice, with no obligation.',
  ),
];
const tNav = ['Home', 'About Us', 'Conservation Framing', 'Mirrors', 'Prices', 'Find Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Ashdown Framers - Conservation Framing</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="picture framing, conservation framing, Ashdown, framers, mounts, art">
<meta name="description" content="Ashdown Framers - family run picture framers since 1987.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- body,td { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 12px; } a.nav { color: #FFFFFF; 
text-decoration: none; } --></style>
</head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Ashdown Framers - Picture Framing Since 1987"></td></tr>
<tr><td width="160" valign="top" bgcolor="#5C4033"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav"><font color="#FFFFFF"><b>${t}</b></font></a></td></tr>`).join('\n')}
</table><br><p align="center"><font color="#FFFFFF" size="1">Open Tues - Sat<br>9.30 - 5.00</font></p></td>
<td width="600" valign="top" bgcolor="#FFFFF0"><table width="100%" border="0" cellpadding="15"><tr><td>
<h1><font face="Georgia, Times New Roman, serif" color="#5C4033">${tTitle}</font></h1>
${ps([tBody[0] ?? '', tBody[1] ?? ''])}
<ul>${lis(tBody.slice(2, 6))}</ul>
${ps(tBody.slice(6))}
<p><img src="images/hinges.jpg" width="280" height="190" alt="Paper hinges" align="right" hspace="8"></p>
<p><font size="1"><a href="#top">Back to top</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#E8E0D0"><p align="center"><font size="1">Ashdown Framers, 22 High Street, Ashdown Green. Tel: 01632 960 771<br>
&copy; Ashdown Framers 2002-2009<br>Page last updated 14th March 2009<br>You are visitor number
<img src="/cgi-bin/counter.cgi?page=conservation" alt="counter" align="absmiddle"></font></p></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout518-table-layout-conservation-framing',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['Page last updated 14th March 2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'About Us', 'Mirrors', 'Prices', 'Find Us', 'Open Tues - Sat', '9.30 - 5.00', 'Back to top',
    'Ashdown Framers, 22 High Street, Ashdown Green. Tel: 01632 960 771', '© Ashdown Framers 2002-2009',
    'You are visitor number',
  ],
};

export const HELDOUT518_D: readonly TestPage[] = [webflow, tableLayout];
