import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 232, file d: a museum collection object page (museum header with "Tickets" and "Donate", breadcrumbs, image
 * viewer with credit, object label text, the "Object details" table, "Related objects" rail, membership promo and footer)
 * and a FamilySearch Research Wiki article (FamilySearch header, wiki sidebar, breadcrumb trail, the article with its
 * contents box, sections and lists, categories and the MediaWiki footer).
 */
const muTitle = 'Tinplate toy steamboat “Duchess of Arne”';
const muP = [
  `This clockwork steamboat was made around 1905 by the Holmfirth toy works of Bradley &amp; Keane, one of several small firms that
   copied German tinplate toys for the British market. Wound with a key through the funnel, it would paddle across a pond or bath for
   about two minutes.`,
  `The lithographed decoration imitates the paddle steamers that carried day-trippers on the River Arne before the First World War,
   down to the striped awning over the after deck. The name on the paddle box is that of a real steamer, broken up in 1926.`,
  `The toy belonged to three brothers from Fairlow who, according to their sister, were allowed to sail it only on Sundays. It
   shows the dents and scratches of hard use, and the original flag has been replaced with one cut from a cocoa tin.`,
];
const muH = 'Label text';
const muNav = ['Visit', 'What’s on', 'Collections', 'Learn', 'Support us', 'Shop'];
const muCrumbs = ['Home', 'Collections', 'Search the collection'];
const muDet = ['Object number', 'Maker', 'Date made', 'Materials', 'Dimensions', 'Credit line', 'On display'];
const muRel = ['Clockwork tinplate bus', 'Pond yacht “Seagull”', 'Toy theatre with scenery sheets'];
const muFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Image licensing', 'Press', 'Jobs'];
const muHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${muTitle} | Fairlow Museum of Childhood</title>
<meta property="og:image" content="https://collections.fairlowmuseum.org/media/T.1984.22.jpg">
<link rel="stylesheet" href="/static/dist/main.css"><script defer src="/static/dist/main.js"></script></head><body>
<header class="global-header"><a href="/" class="logo">Fairlow Museum of Childhood</a><nav aria-label="Main"><ul>${links(muNav)}</ul></nav>
<div class="header-ctas"><a class="btn" href="/tickets">Tickets</a><a class="btn" href="/donate">Donate</a></div></header>
<main id="main-content"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(muCrumbs)}</ol></nav>
<div class="object-page"><div class="object-viewer"><img src="/media/T.1984.22.jpg" alt="Toy steamboat">
<p class="image-credit">Photo © Fairlow Museum of Childhood</p><button class="zoom">View larger image</button>
<button class="download">Download image</button></div>
<div class="object-content"><h1 class="object-title">${muTitle}</h1><p class="object-subtitle">Clockwork toy, about 1905</p>
<section class="object-label"><h2>${muH}</h2>${ps(muP)}</section>
<section class="object-details"><h2>Object details</h2><table><tbody>
${muDet.map((d) => `<tr><th scope="row">${d}</th><td>—</td></tr>`).join('\n')}</tbody></table></section>
<div class="share-tools"><span>Share</span><a href="#">Facebook</a><a href="#">Pinterest</a><a href="#">Copy link</a></div></div></div>
<section class="related-objects"><h2>Related objects</h2><ul>${links(muRel)}</ul></section>
<aside class="promo"><h2>Become a member</h2><p>Free entry to exhibitions, member events and 10% off in the shop.</p><a href="#">Join now</a></aside>
</main><footer class="global-footer"><ul>${links(muFoot)}</ul><p>Registered charity no. 1099321</p></footer></body></html>`;

const fsTitle = 'Wendmoor Parish, Northshire, England Genealogy';
const fsP1 = [
  `Guide to Wendmoor Parish, Northshire ancestry, family history and genealogy: parish registers, transcripts, census records, birth
   records, marriage records, and death records.`,
];
const fsH = ['Parish History', 'Church Records', 'Census Records', 'Poor Law Unions', 'Websites'];
const fsP2 = [
  `Wendmoor is a moorland parish in the north of the county, taking in the townships of Wendmoor, Highcote and Low Sellet. The
   church of St Oswald dates from the twelfth century and was heavily restored in 1874. Lead mining brought many families to the
   upper dale in the eighteenth century, and a Wesleyan chapel was built at Highcote in 1792.`,
];
const fsP3 = [
  `The parish registers begin in 1598 for baptisms and burials and in 1601 for marriages. There is a gap from 1644 to 1660. Bishop’s
   transcripts survive from 1660 and are held at the Northshire Archives.`,
];
const fsL3 = [
  'Baptisms 1598–1920, Marriages 1601–1950, Burials 1598–1935: Northshire Archives',
  'Wesleyan Methodist baptisms, Highcote 1794–1837: National Records Office, RG 4',
];
const fsP4 = [
  `Census returns for Wendmoor are available for 1841 to 1921. Low Sellet was enumerated with the neighbouring parish of Crake in
   1851, so searchers should check both districts.`,
];
const fsP5 = [`Wendmoor was part of the Sellet Poor Law Union from 1837. Workhouse records survive from 1840.`];
const fsL6 = ['Wendmoor Local History Group', 'Northshire Online Parish Clerks'];
const fsSide = ['Research Wiki', 'Getting Started', 'Ask a Question', 'Contribute', 'Community'];
const fsCrumbs = ['England', 'Northshire', 'Northshire Parishes', 'Wendmoor'];
const fsNav = ['Family Tree', 'Search', 'Memories', 'Get Involved', 'Activities', 'Sign In', 'Create Account'];
const fsCats = ['Northshire, England', 'Parishes in Northshire'];
const fsFoot = ['About FamilySearch', 'Privacy Policy', 'Terms of Use', 'Wiki Help'];
const fsHtml = `<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${fsTitle} • FamilySearch</title><script>RLCONF={"wgPageName":"Wendmoor_Parish"};</script>
<link rel="stylesheet" href="/wiki/load.php?lang=en&amp;modules=skins.fs"></head><body class="mediawiki ltr skin-familysearch">
<header id="fs-header"><a href="/" class="fs-logo">FamilySearch</a><nav><ul>${links(fsNav)}</ul></nav></header>
<div id="mw-panel"><nav class="portal"><h3>Navigation</h3><ul>${links(fsSide)}</ul></nav></div>
<div id="content" class="mw-body" role="main"><div id="siteNotice"><p>Our wiki is moving to a new platform. Learn more.</p></div>
<h1 id="firstHeading" class="firstHeading">${fsTitle}</h1><div id="bodyContent"><div id="contentSub"></div>
<div id="mw-content-text" class="mw-content-ltr"><div class="mw-parser-output">
<div class="breadcrumb-trail"><ul>${links(fsCrumbs)}</ul></div>
<table class="wikitable infobox" style="float:right"><tr><td><p>Wendmoor St Oswald</p></td></tr></table>
${ps(fsP1)}<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div></div>
<h2><span class="mw-headline">${fsH[0]}</span></h2>${ps(fsP2)}<h2><span class="mw-headline">${fsH[1]}</span></h2>${ps(fsP3)}
<ul>${fsL3.map((l) => `<li>${l}</li>`).join('')}</ul><h2><span class="mw-headline">${fsH[2]}</span></h2>${ps(fsP4)}
<h2><span class="mw-headline">${fsH[3]}</span></h2>${ps(fsP5)}<h2><span class="mw-headline">${fsH[4]}</span></h2>
<ul>${fsL6.map((l) => `<li><a class="external" href="#">${l}</a></li>`).join('')}</ul></div></div>
<div id="catlinks" class="catlinks">Categories: <ul>${links(fsCats)}</ul></div></div></div>
<footer id="footer"><ul><li id="footer-info-lastmod">This page was last edited on 2 October 2024, at 14:07.</li></ul>
<ul>${links(fsFoot)}</ul><p>© 2025 by Intellectual Reserve, Inc. All rights reserved.</p></footer></body></html>`;

export const HELDOUT232_D: readonly TestPage[] = [
  {
    name: 'heldout232-museum-collection-object-docs',
    kind: 'docs',
    html: muHtml,
    title: muTitle,
    headings: [muH],
    body: texts(muP),
    bylines: [],
    furniture: [
      'Fairlow Museum of Childhood',
      ...muNav,
      'Tickets',
      'Donate',
      'Search the collection',
      'Photo © Fairlow Museum of Childhood',
      'View larger image',
      'Download image',
      'Clockwork toy, about 1905',
      'Object details',
      ...muDet,
      'Pinterest',
      'Copy link',
      'Related objects',
      ...muRel,
      'Become a member',
      'Free entry to exhibitions, member events and 10% off in the shop.',
      'Join now',
      ...muFoot,
      'Registered charity no. 1099321',
    ],
  },
  {
    name: 'heldout232-familysearch-wiki-wiki',
    kind: 'wiki',
    html: fsHtml,
    title: fsTitle,
    headings: fsH,
    body: texts([...fsP1, ...fsP2, ...fsP3, ...fsL3, ...fsP4, ...fsP5, ...fsL6]),
    bylines: ['This page was last edited on 2 October 2024, at 14:07.'],
    furniture: [
      ...fsNav,
      'Navigation',
      ...fsSide,
      'Our wiki is moving to a new platform. Learn more.',
      'Northshire Parishes',
      'Wendmoor St Oswald',
      'Contents',
      ...fsCats,
      ...fsFoot,
      '© 2025 by Intellectual Reserve, Inc. All rights reserved.',
    ],
  },
];
