import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 178, file a2: an Anadolu Agency English story (the language bar, the logo header with the channel menu and
 * the hidden mobile menu, the category line, the h1 with its h4 spot, the author and "Update" line, the header photo with
 * its caption, the bold dateline paragraph and the subscribers' notice inside the text, "Related topics" tags, the share
 * icons, the "Related News" cards, the footer and the cookie bar).
 */
const aaTitle = 'Türkiye opens cold-storage export hub for fresh produce at Aegean airport';
const aaSpot = [
  'Facility in Yeşilkaya to handle up to 120,000 tons of fruit and vegetables a year, cutting time from orchard to European shelves, says minister',
];
const aaP = [
  'Türkiye on Monday opened a cold-storage export hub at an Aegean airport that officials say will let growers fly fresh ' +
    'produce to European markets within a day of harvest.',
  'The 38,000-square-meter facility at Yeşilkaya Airport can hold 6,000 tons of fruit and vegetables at controlled ' +
    'temperatures and handle up to 120,000 tons a year, Trade Minister Hakan Özdemirci said at the opening ceremony.',
  '&quot;Our farmers produce some of the best cherries, figs and grapes in the world, but too much of that value was lost on ' +
    'the road,&quot; Özdemirci said. &quot;With this center, a fig picked in the morning can be in a shop in Germany the next day.&quot;',
  'Until now, most perishable exports from the region traveled by refrigerated truck, a journey of three to five days to ' +
    'central Europe, according to figures from the regional exporters&#39; association.',
  'The hub has 24 separate cold rooms, each of which can be set to a different temperature and humidity, along with a ' +
    'pre-cooling line that brings produce down to storage temperature within two hours of arrival. An on-site customs ' +
    'and plant health inspection unit will clear shipments around the clock.',
  'Özdemirci said the facility cost 1.4 billion Turkish liras (about $34 million) and was built under a public-private ' +
    'partnership with a local logistics company, which will operate it for 25 years.',
  'Cargo flights to four European destinations are scheduled to start in December, with a fifth route to the Gulf planned ' +
    'for the spring, airport director Selin Karataş told Anadolu.',
  'Growers&#39; representatives welcomed the project but said costs would decide how widely it is used. &quot;Air freight is ' +
    'still expensive for small producers,&quot; said Mehmet Aydoğan, head of a fig cooperative with 900 members. &quot;We hope ' +
    'there will be shared shipments so that small farms can also benefit.&quot;',
  'The ministry said a support scheme covering part of the freight costs for cooperatives would be announced before the ' + 'end of the year.',
  'Türkiye exported fresh fruit and vegetables worth $4.1 billion in the first nine months of the year, up 7% from the ' +
    'same period last year, according to trade ministry data.',
];
const aaNotice =
  'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System ' +
  '(HAS), and in summarized form. Please contact us for subscription options.';
const aaLangs = ['Türkçe', 'English', 'Français', 'Español', 'Русский', 'Bosanski', 'Shqip'];
const aaNav = ['Türkiye', 'Politics', 'World', 'Economy', 'Energy', 'Sports', 'Culture', 'Science-Technology', 'Health', 'Environment'];
const aaNav2 = ['Middle East', 'Africa', 'Asia - Pacific', 'Europe', 'Americas', 'Analysis', 'Info Graphics', 'Photo Gallery'];
const aaCaption = 'Workers sort figs at the new cold-storage hub at Yeşilkaya Airport in western Türkiye on Nov. 3, 2025.';
const aaCredit = 'Emre Tunalı - Anadolu Agency';
const aaTags = ['Türkiye', 'trade', 'agriculture', 'exports', 'air cargo'];
const aaRelated = [
  'Turkish hazelnut exports rise 12% in October',
  'Aegean farmers turn to drip irrigation as summer rainfall falls',
  'Türkiye, Netherlands sign agreement on plant health inspections',
];
const aaFoot = ['About Us', 'AA Academy', 'Contact', 'Privacy Policy', 'Cookie Policy', 'Terms of Use', 'AA Energy Terminal', 'Subscription'];
const aaCookie = 'We use cookies to offer you a better browsing experience. By continuing to use our website, you agree to our use of cookies.';
const aaHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${aaTitle}</title>
<meta name="description" content="${aaSpot[0]}"><meta property="og:title" content="${aaTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="Anadolu Ajansı"><meta name="twitter:site" content="@anadoluagency">
<link rel="canonical" href="https://www.aa.com.tr/en/economy/turkiye-opens-cold-storage-export-hub-for-fresh-produce-at-aegean-airport/3731842">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aaTitle}",
"datePublished":"2025-11-03T14:22:10+03:00","dateModified":"2025-11-03T14:22:10+03:00","author":{"@type":"Person","name":"Burcu Yavuzer"},
"publisher":{"@type":"Organization","name":"Anadolu Ajansı","logo":{"@type":"ImageObject",
"url":"https://cdnassets.aa.com.tr/assets/newImages/aa-logo.png"}}}</script>
<link href="https://cdnassets.aa.com.tr/assets/css/bootstrap.min.css" rel="stylesheet">
<link href="https://cdnassets.aa.com.tr/assets/css/site.css" rel="stylesheet">
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body>
<div class="top-bar"><div class="container"><ul class="dil-secenekleri">${links(aaLangs)}</ul></div></div>
<header class="header"><div class="container"><div class="row"><div class="col-md-2 logo"><a href="/en">
<img src="https://cdnassets.aa.com.tr/assets/newImages/aa-logo.png"
alt="Anadolu Ajansı"></a></div><nav class="col-md-10 navbar navbar-default"><ul class="nav navbar-nav">${links(aaNav)}
<li class="dropdown"><a class="dropdown-toggle" data-toggle="dropdown" href="#">More</a><ul class="dropdown-menu">${links(aaNav2)}</ul></li></ul>
<form class="navbar-form search" action="/en/search"><input type="text" class="form-control" placeholder="Search"></form></nav></div></div></header>
<div class="mobile-menu" style="display:none"><ul>${links(aaNav)}</ul></div>
<div class="ads-top text-center"><div id="div-gpt-ad-1578911451925-0" class="ad-slot" data-ad-unit="/1009001/AA_EN_Detay_728x90"></div></div>
<div class="container detay-container"><div class="row"><div class="col-md-8">
<div class="detay-spot-category"><a class="detay-kategori" href="/en/economy">Economy</a><h1>${aaTitle}</h1><h4>${aaSpot[0]}</h4></div>
<div class="detay-bilgi-alani"><span class="detay-muhabir"><a href="/en/p/burcu-yavuzer">Burcu Yavuzer</a></span>
<span class="tarih">&nbsp;&nbsp; |03.11.2025 - Update : 03.11.2025</span></div>
<div class="detay-foto"><img class="img-responsive" src="https://cdnuploads.aa.com.tr/uploads/Contents/2025/11/03/thumbs_b_c_7a1e.jpg" alt="${aaTitle}">
<div class="detay-foto-editor"><span class="detay-foto-aciklama">${aaCaption}</span> <span class="detay-foto-credit">${aaCredit}</span></div></div>
<div class="detay-paylas"><a class="facebook" href="#" title="Facebook"></a><a class="twitter" href="#" title="X"></a>
<a class="whatsapp" href="#" title="WhatsApp"></a>
<a class="linkedin" href="#" title="LinkedIn"></a><a class="mail" href="#" title="E-mail"></a></div>
<div class="detay-icerik"><div>
<p><strong>ANKARA</strong></p>
${ps(aaP)}
<p><em>${aaNotice}</em></p>
</div></div>
<div class="detay-tags"><span class="detay-tags-baslik">Related topics</span><ul>${links(aaTags, 'detay-tag')}</ul></div>
<div class="benzer-haberler"><h3 class="ustbaslik">Related News</h3><div class="row">
${aaRelated.map((t, i) => `<div class="col-md-4 benzer-haber"><a href="/en/economy/${i}"><img alt="" src="thumb${i}.jpg"><h4>${t}</h4></a></div>`).join('\n')}
</div></div></div>
<div class="col-md-4 sag-kolon"><div class="ad-slot" id="div-gpt-ad-1578911451925-1"><span class="reklam-label">Advertisement</span></div></div></div></div>
<footer class="footer"><div class="container"><ul class="footer-menu">${links(aaFoot)}</ul>
<p class="copyright">© 2025 Anadolu Ajansı. All rights reserved.</p></div></footer>
<div class="cerez-bildirimi" id="cookie-bar"><p>${aaCookie}</p><a class="btn btn-primary" href="#" id="cookie-accept">OK</a></div>
<script src="https://cdnassets.aa.com.tr/assets/js/jquery.min.js"></script><script src="https://cdnassets.aa.com.tr/assets/js/site.js"></script>
</body></html>`;
export const anadoluNews: TestPage = {
  html: aaHtml,
  name: 'heldout178-anadolu-news',
  kind: 'news',
  // the h4 spot (dek) is body; the bold "ANKARA" paragraph is a dateline (byline); the subscribers' notice is furniture
  title: aaTitle,
  headings: [],
  body: texts([...aaSpot, ...aaP]),
  bylines: ['Burcu Yavuzer', '|03.11.2025 - Update : 03.11.2025', 'ANKARA'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aaLangs, ...aaNav, 'More', ...aaNav2, 'Economy', aaCaption, aaCredit, aaNotice, 'Related topics', 'trade', 'agriculture', 'exports',
    'air cargo', 'Related News', ...aaRelated, 'Advertisement', ...aaFoot, '© 2025 Anadolu Ajansı. All rights reserved.', aaCookie, 'OK',
  ],
};
