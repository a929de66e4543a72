import { links, ps, type TestPage, texts } from './page-kit.js';
import { jvlPage } from './pages-heldout175-a2.js';

/**
 * Held-out batch 175, file a: a New Advent Catholic Encyclopedia article (the masthead and top bar, the letter index, the
 * "Please help support the mission of New Advent" download promo above the article, the breadcrumb, AdSense slots between
 * paragraphs, the article with its "Sources" paragraph, the "About this page" block with APA and MLA citations,
 * transcription credit, ecclesiastical approbation and contact information, and the copyright footer) and, from file a2, a
 * Jewish Virtual Library biography.
 */
const naTitle = 'Diocese of Santa Verena';
const naP1 = [
  'Diocese of Santa Verena (<i>Sanctae Verenae</i>), suffragan of the Archdiocese of Corvalle, comprises the upland districts of ' +
    'the province of Monteluce and a narrow strip of the coast between the rivers Aspra and Telina. Its area is about 1,900 square ' +
    'miles, and its population, almost entirely Catholic, numbered at the last enumeration 212,000 souls.',
  'The town of Santa Verena, which gives its name to the see, lies on a spur of the hills above the Aspra, and is said by local ' +
    'tradition to have grown up around the oratory raised over the grave of the virgin Verena, who according to her legend was put ' +
    'to death in the persecution of Diocletian. The <i>Acta</i> which recount her martyrdom are of late date and of little ' +
    'historical value, but her cult is attested in a calendar of the ninth century, and a basilica in her honour is mentioned in ' +
    'a deed of gift of 874.',
  'The first bishop whose name is certainly known is Audoald, who subscribed the acts of a provincial synod held at Corvalle in ' +
    '1059. The earlier lists, which begin with a disciple of the Apostles, were compiled in the seventeenth century and deserve no ' +
    'credit. During the twelfth century the bishops were frequently at variance with the lords of Roccanera, who claimed the ' +
    'right of advocacy over the cathedral chapter; the dispute was settled in 1187 by an award of the papal legate, which left to ' +
    'the chapter the free election of its provost.',
  'Among the later bishops may be mentioned: Bartolomeo Cerreti (1341-63), who rebuilt the cathedral after the earthquake of 1339 ' +
    'and founded the hospital of the Holy Spirit outside the lower gate; Giovanni Battista Arduini (1566-91), who attended the ' +
    'last sessions of the Council of Trent and held eleven diocesan synods, the decrees of which were printed at Corvalle in ' +
    '1592; and Pietro Maria Lanzi (1718-46), founder of the seminary and of a public library which still bears his name.',
  'In the disturbances at the close of the eighteenth century the see was left vacant for eleven years, and the religious houses ' +
    'of the diocese were suppressed. They were in great part restored after 1815. At present the diocese has 96 parishes, 214 ' +
    'secular priests, 3 houses of religious men, chiefly Capuchins and Friars Minor, and 11 convents of women, who conduct schools, ' +
    'an orphanage and the hospital already mentioned.',
  'The cathedral, dedicated to the Assumption and to St. Verena, preserves from the building of Bishop Cerreti a fine portal and ' +
    'the lower part of the campanile; the interior was remodelled in 1761. Beneath the high altar is the crypt, in which the ' +
    'relics of the patroness are venerated. Her feast, kept on 3 June, draws pilgrims from the whole of the province.',
];
const naSourcesH = 'Sources';
const naSources = [
  "UGHELLI, <i>Italia sacra</i>, IV (Venice, 1719), 611-38; CAPPELLETTI, <i>Le chiese d'Italia</i>, XVIII (Venice, 1864); " +
    'MARCHETTI, <i>Memorie storiche della chiesa di Santa Verena</i> (Corvalle, 1889); <i>Gerarchia cattolica</i> (Rome, 1911).',
];
const naLetters = 'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z'.split(' ');
const naTop = ['Home', 'Encyclopedia', 'Summa', 'Fathers', 'Bible', 'Library'];
const naPromo = [
  'Please help support the mission of New Advent and get the full contents of this website as an instant download. Includes the ' +
    'Catholic Encyclopedia, Church Fathers, Summa, Bible and more all for only $19.99...',
];
const naCrumbs = ['Home', 'Catholic Encyclopedia', 'S'];
const naApa =
  'Benigni, U. (1912). Diocese of Santa Verena. In The Catholic Encyclopedia. New York: Robert Appleton Company. ' +
  'http://www.newadvent.org/cathen/13502b.htm';
const naMla =
  'Benigni, Umberto. "Diocese of Santa Verena." The Catholic Encyclopedia. Vol. 13. New York: Robert Appleton Company, 1912. ' +
  '<http://www.newadvent.org/cathen/13502b.htm>.';
const naTrans = 'This article was transcribed for New Advent by Teresa Calloway-Reyes.';
const naApprob = 'Nihil Obstat. February 1, 1912. Remy Lafort, D.D., Censor. Imprimatur. +John Cardinal Farley, Archbishop of New York.';
const naContact =
  "The editor of New Advent is Kevin Knight. My email address is webmaster at newadvent.org. Regrettably, I can't reply to " +
  'every letter, but I greatly appreciate your feedback — especially notifications about typographical errors and inappropriate ads.';
const naFoot = ['Contact information', 'Privacy policy', 'Advertise with us'];
const naCopy = 'Copyright © 2023 by New Advent LLC. Dedicated to the Immaculate Heart of Mary.';
const naAd = `<div class="ad-slot"><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-5461204875419305"
data-ad-slot="1827368143"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>`;
const naHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>CATHOLIC ENCYCLOPEDIA: Diocese of Santa Verena</title>
<meta name="description" content="Suffragan of Corvalle, comprising the upland districts of the province of Monteluce" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" type="text/css" href="../utility/screen.css" media="screen" />
<link rel="stylesheet" type="text/css" href="../utility/print.css" media="print" />
<link rel="canonical" href="https://www.newadvent.org/cathen/13502b.htm" />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-5461204875419305" crossorigin="anonymous"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-X7D3C1');</script>
</head>
<body>
<div id="mast"><a href="../"><img src="../images/logo.gif" alt="New Advent" width="320" height="52" /></a>
<form action="https://www.google.com/cse" id="cse-search-box" class="searchbox"><input type="hidden" name="cx" value="partner-pub-546" />
<input type="text" name="q" size="25" /><input type="submit" name="sa" value="Search" /></form></div>
<div id="topnav"><ul>${links(naTop)}</ul></div>
<div id="alphabet"><ul>${naLetters.map((l) => `<li><a href="../cathen/${l.toLowerCase()}.htm">${l}</a></li>`).join('')}</ul></div>
<div id="springfield2">
<div class="catholicadnet-728x90" id="div-gpt-ad-1"><script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });</script></div>
<p id="ad"><a href="https://www.newadvent.org/utility/dvd.htm"><img src="../images/dvd.jpg" alt="" width="100" height="100" align="left" /></a>
<strong>${naPromo[0]}</strong></p>
<div class="breadcrumbs"><a href="../">${naCrumbs[0]}</a> &gt; <a href="../cathen/index.html">${naCrumbs[1]}</a> &gt;
<a href="../cathen/s.htm">${naCrumbs[2]}</a> &gt; Diocese of Santa Verena</div>
<h1>${naTitle}</h1>
${ps(naP1.slice(0, 3))}
${naAd}
${ps(naP1.slice(3))}
<h2>${naSourcesH}</h2>
${ps(naSources)}
<h2>About this page</h2>
<p><strong>APA citation.</strong> ${naApa.replace('<', '&lt;').replace('>', '&gt;')}</p>
<p><strong>MLA citation.</strong> ${naMla.replace('<', '&lt;').replace('>', '&gt;')}</p>
<p><strong>Transcription.</strong> ${naTrans}</p>
<p><strong>Ecclesiastical approbation.</strong> ${naApprob}</p>
<p><strong>Contact information.</strong> ${naContact}</p>
${naAd}
</div>
<div id="footer"><p class="copyright">${naCopy}</p><ul>${links(naFoot)}</ul></div>
<script src="../utility/hover.js"></script>
</body></html>`;
const newAdvent: TestPage = {
  html: naHtml,
  name: 'heldout175-newadvent-catholic-encyclopedia',
  kind: 'wiki',
  // the author appears only in the two citations, which are bylines (author and year); the rest of "About this page" is
  // furniture; "Sources" with its bibliography paragraph is part of the article
  title: naTitle,
  headings: [naSourcesH],
  body: texts([...naP1, ...naSources]),
  bylines: [`APA citation. ${naApa}`, `MLA citation. ${naMla}`],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...naTop, ...naLetters.filter((l) => !['A', 'I', 'S'].includes(l)), ...naPromo, naCrumbs[1] ?? '', 'About this page', `Transcription. ${naTrans}`,
    `Ecclesiastical approbation. ${naApprob}`, `Contact information. ${naContact}`, naCopy, ...naFoot,
  ],
};

export const HELDOUT175_A: readonly TestPage[] = [newAdvent, jvlPage];
