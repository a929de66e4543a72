import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout506-kit.js';

/**
 * Held-out batch 506, file f: a print-fair exhibitor page of a contemporary art centre on Next.js (App Router, Tailwind classes,
 * the RSC payload in inline scripts), and an exhibition archive page of a small gallery on an old hand-made table layout.
 */
const nTitle = 'Paper Harbour: the autumn print fair';
const nDek = 'Twenty-eight printmakers, two days, one old boat shed. Free entry.';
const nBody = [
  j(
    'Paper Harbour returns to the Boat Shed on 17 and 18 October with stalls from twenty-eight independent printmakers and',
    'small presses. Expect screenprints, risograph zines, wood engravings and letterpress cards, most of them priced under £50.',
  ),
  j(
    'This year the fair has a live press corner where visitors can watch a proof being pulled on the centre’s 1890s Albion',
    'press, and a table for children to make their own potato prints.',
  ),
];
const nS1 = 'Opening times';
const nTimes = ['Saturday 17 October: 10:00–18:00', 'Sunday 18 October: 10:00–16:00'];
const nS2 = 'Exhibitors';
const nExh = ['Brine & Bone Press', 'Juniper Riso', 'Marta Ilves', 'Ox-eye Letterpress', 'Quayside Screen Co.', 'Theo Wendt'];
const nNote = 'The full exhibitor list and a map of stalls will be published a week before the fair.';
const nNav = ['What’s on', 'Studios', 'Learning', 'Café', 'Visit'];
const nFoot = ['Accessibility', 'Privacy', 'Press', 'Jobs'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0f1c"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1">
<link rel="stylesheet" href="/_next/static/css/8b1e0a2c5d.css" data-precedence="next"><link rel="preload" as="script" fetchPriority="low"
href="/_next/static/chunks/webpack-4c1a.js">
<script src="/_next/static/chunks/main-app-9f2e.js" async=""></script><title>${nTitle} | Limekiln Art Centre</title><meta name="description" content="${nDek}">
<meta property="og:title" content="${nTitle}"><meta name="next-size-adjust"></head>
<body class="font-sans antialiased bg-stone-50 text-stone-900"><a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:p-4">Skip to main
content</a>
<header class="sticky top-0 z-40 border-b border-stone-200 bg-stone-50/90 backdrop-blur"><div class="mx-auto flex max-w-6xl items-center justify-between px-4
py-3">
<a class="text-lg font-semibold tracking-tight" href="/">Limekiln Art Centre</a><nav aria-label="Main" class="hidden md:block"><ul class="flex gap-6 text-sm">
${links(nNav.map(esc), 'hover:underline')}</ul></nav><button type="button" class="md:hidden" aria-label="Open menu" aria-expanded="false"><svg width="24"
height="24"
aria-hidden="true"><path d="M3 6h18M3 12h18M3 18h18"></path></svg></button></div></header>
<main id="main" class="mx-auto max-w-3xl px-4 py-12"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-stone-500"><ol class="flex gap-2"><li><a
href="/whats-on">What’s
on</a></li><li aria-hidden="true">/</li><li><a href="/whats-on/fairs">Fairs</a></li></ol></nav>
<article><p class="mb-2 text-xs font-semibold uppercase tracking-widest text-rose-700">Fair</p><h1 class="font-serif text-4xl md:text-5xl">${nTitle}</h1>
<p class="mt-4 text-xl text-stone-600">${nDek}</p>
<div class="prose prose-stone mt-8 max-w-none">${ps(nBody)}
<h2>${nS1}</h2><ul>${lis(nTimes)}</ul>
<h2>${nS2}</h2><ul class="columns-2">${lis(nExh.map(esc))}</ul>
<p>${nNote}</p></div>
<div class="mt-10 flex gap-3"><a class="rounded bg-stone-900 px-4 py-2 text-white" href="/visit">Plan your visit</a><a class="rounded border px-4 py-2"
href="/calendar/paper-harbour.ics">Add to
calendar</a></div></article></main>
<footer class="border-t border-stone-200 py-10 text-sm"><div class="mx-auto max-w-6xl px-4"><p>Limekiln Art Centre, Kiln Quay, Abermorlan</p><ul class="mt-4
flex gap-4">${links(nFoot)}</ul>
<p class="mt-4 text-stone-500">© 2027 Limekiln Arts Ltd</p></div></footer>
<script src="/_next/static/chunks/webpack-4c1a.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>
<script>self.__next_f.push([1,"1:HL[\\"/_next/static/css/8b1e0a2c5d.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:I[\\"/_next/static/chunks/app/whats-on/[slug]/page-7d1.js\\"]\\n"])</script>
<script>self.__next_f.push([1,"3:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"Paper Harbour: the autumn print fair\\"}]\\n"])</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout506-nextjs-print-fair',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nS1, nS2],
  body: texts([nDek, ...nBody, ...nTimes, ...nExh, nNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Limekiln Art Centre', ...nNav, 'Fairs', '/', 'Plan your visit', 'Add to calendar', 'Limekiln Art Centre, Kiln Quay, Abermorlan',
    ...nFoot, '© 2027 Limekiln Arts Ltd',
  ],
};

const tTitle = 'Drift: paintings by Eamon Sollis';
const tDates = '2 – 30 November 2002';
const tBody = [
  j(
    'Eamon Sollis has painted the bay from the same window for twenty years. The nineteen paintings in <i>Drift</i> were all',
    'made in the last two winters, when he began working at night by the light of the harbour lamps.',
  ),
  j(
    'The colours are narrow: greys, an occasional sodium orange, the black of wet slipway. Some of the canvases are almost',
    'empty. Sollis says he wanted to paint "the part of the view you only notice when something moves across it".',
  ),
  'All paintings are for sale. Please ask at the desk for a price list.',
];
const tList = ['<i>Night Ferry</i>, oil on board, 2001', '<i>Slipway, Low Water</i>, oil on canvas, 2002', '<i>Lamp and Gull</i>, oil on board, 2002'];
const tSide = ['Home', 'Current Show', 'Archive', 'Artists', 'Find Us', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Kittiwake Gallery - Archive - Drift</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="gallery, paintings, Portlorn, art, exhibitions"><script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script><style type="text/css">.nav { font-family: Verdana, Arial; font-size: 11px; color: #FFFFFF } .body { font-family: Georgia; font-size: 13px
}</style></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('img/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#2B3A4A"><img src="img/header.gif" width="760"
height="90"
alt="Kittiwake Gallery, Portlorn"></td></tr>
<tr><td width="150" valign="top" bgcolor="#2B3A4A"><table width="150" border="0" cellpadding="6" cellspacing="0">
${tSide.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.html"><font color="#FFFFFF">${t}</font></a></td></tr>`).join('\n')}
<tr><td class="nav"><br><font color="#9FB3C8">Open Tue - Sat<br>11am - 5pm</font></td></tr></table></td>
<td width="610" valign="top" class="body"><table width="100%" border="0" cellpadding="14" cellspacing="0"><tr><td>
<font face="Georgia" size="2" color="#666666">Archive &gt; 2002</font><br><br>
<font face="Georgia" size="5" color="#2B3A4A"><b>${tTitle}</b></font><br>
<font face="Georgia" size="3"><i>${tDates}</i></font><br><br>
<img src="img/archive/sollis_nightferry.jpg" width="400" height="300" alt="Night Ferry" border="0"><br><font size="1">Night Ferry, 2001</font><br><br>
${tBody.map((p) => `<font face="Georgia" size="2">${p}</font><br><br>`).join('\n')}
<font face="Georgia" size="2"><b>Selected works</b></font><br>
${tList.map((p) => `<font face="Georgia" size="2">&middot; ${p}</font><br>`).join('\n')}
<br><a href="archive.html"><font size="1">&lt;&lt; back to archive</font></a></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2B3A4A" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Kittiwake Gallery 1998-2003 | 4 Shore Street,
Portlorn |
tel 01632 960 418</font></td></tr></table>
<!-- hit counter --><img src="/cgi-bin/count.cgi?page=drift" width="1" height="1"></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout506-table-layout-archive',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['Selected works'],
  body: texts([tDates, ...tBody, ...tList.map((t) => `· ${t}`)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide, 'Open Tue - Sat', '11am - 5pm', 'Archive > 2002', 'Night Ferry, 2001', '<< back to archive',
    '© Kittiwake Gallery 1998-2003 | 4 Shore Street, Portlorn | tel 01632 960 418',
  ],
};

export const HELDOUT506_F: readonly TestPage[] = [nextjs, tableLayout];
