import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 178, file c2: a Bernama English story on bernama.com/en (the top bar with the date and edition links, the
 * Bootstrap navbar and the collapsed mobile menu, the h1 with the date and time line, the share icons, the header photo and
 * caption, the "(Bernama) --" dateline in the first paragraph and the "-- BERNAMA" sign-off paragraph, the services blurb
 * and "Follow us on social media" lines after the text, the "Related News" and "Top News" lists, ad labels and the footer).
 */
const bnTitle = 'Flood sirens installed in 60 riverside villages ahead of monsoon';
const bnP = [
  'KUALA MERBAU, Nov 3 (Bernama) -- Flood warning sirens have been installed in 60 riverside villages in the Kuala Merbau district ' +
    'ahead of the northeast monsoon season, which is expected to bring heavy rain from mid-November.',
  'District Officer Datuk Azlan Mohd Yusof said the sirens, each mounted on a 12-metre pole, are linked to water level sensors ' +
    'at 18 points along the Sungai Lantan and its tributaries and will sound automatically when the water reaches the danger level.',
  '&quot;In the floods two years ago, many villagers only realised the water was rising when it was already at their doorstep, ' +
    'especially those who were asleep at night. With the sirens, they will get at least two to three hours&#39; warning,&quot; he ' +
    'told reporters after inspecting a siren at Kampung Teluk Sena today.',
  'He said the project, costing RM4.2 million, was funded by the federal government under the flood mitigation programme and ' + 'completed in eight months.',
  'Each siren can be heard within a radius of about 1.5 kilometres and is fitted with solar panels and backup batteries so it ' +
    'will continue to work during power cuts.',
  'Azlan said village security and development committees had been briefed on the different siren tones, with one tone ' +
    'indicating that residents should prepare to move and another that they must evacuate immediately.',
  'A total of 42 temporary relief centres in the district, mostly schools and community halls, have also been prepared to ' +
    'accommodate up to 15,000 evacuees if needed, he said.',
  'Meanwhile, Kampung Teluk Sena village head Rosli Ahmad, 61, said residents welcomed the sirens but hoped that the ' +
    'authorities would also deepen the river, which has become shallower due to sediment.',
  '&quot;The sirens will help us save lives, but we also want to save our houses and our crops,&quot; he said.',
  'The Drainage and Irrigation Department said separately that desilting works on a 9-kilometre stretch of the river near ' +
    'the village would begin after the monsoon season ends in March next year.',
];
const bnSign = '-- BERNAMA';
const bnBlurb =
  'BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via BERNAMA Wires; ' +
  'www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA Radio on FM93.9 (Klang Valley) frequencies.';
const bnFollow = 'Follow us on social media :';
const bnSocial = ['Facebook : @bernamaofficial', 'X : @bernama.com', 'Instagram : @bernamaofficial', 'TikTok : @bernamaofficial'];
const bnCaption = 'A worker checks a newly installed flood warning siren at Kampung Teluk Sena today. --fotoBERNAMA (2025) COPYRIGHT RESERVED';
const bnNav = ['Home', 'General', 'Politics', 'Business', 'Sports', 'World', 'Features', 'Videos', 'Infographics', 'Photos'];
const bnEditions = ['BM', 'EN', '中文', 'عربي', 'ESP'];
const bnRelated = [
  'Met Department issues continuous rain warning for east coast states',
  'Federal govt allocates RM80 mln for flood preparedness in Pantai Timur',
  'Volunteers trained to operate boats at relief centres',
];
const bnTop = ['Ringgit opens higher against US dollar', 'Health ministry to add 300 nurses at district hospitals', 'Harimau Malaya name squad for friendlies'];
const bnFoot = ['About Us', 'Contact Us', 'Privacy Policy', 'Security Policy', 'Disclaimer', 'Sitemap'];
const bnCopy = 'Copyright © 2025 BERNAMA. All Rights Reserved.';
const bnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>BERNAMA - Flood sirens installed in 60 riverside villages ahead of monsoon</title>
<meta name="description" content="Flood warning sirens have been installed in 60 riverside villages in the Kuala Merbau district ahead of the monsoon.">
<meta property="og:title" content="${bnTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="BERNAMA">
<meta property="og:url" content="https://www.bernama.com/en/general/news.php?id=2480313">
<link rel="stylesheet" href="https://www.bernama.com/en/css/bootstrap.min.css"><link rel="stylesheet" href="https://www.bernama.com/en/css/style.css">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-2SQ5"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script></head>
<body>
<div class="container-fluid bg-dark text-white small py-1"><div class="row"><div class="col-6">Monday, 3 November 2025</div>
<div class="col-6 text-right"><ul class="list-inline mb-0">${links(bnEditions, 'list-inline-item')}</ul></div></div></div>
<div class="container"><div class="row py-2"><div class="col-6"><a href="https://www.bernama.com/en/">
<img src="https://www.bernama.com/en/images/logo_bernama.png"
class="img-fluid" alt="BERNAMA"></a></div><div class="col-6 text-right d-none d-lg-block"><span class="small text-muted">Advertisement</span>
<div id="div-gpt-ad-1609213612-0"></div></div></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top"><div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarMain" aria-label="Toggle navigation">
<span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="navbarMain"><ul class="navbar-nav mr-auto">${links(bnNav, 'nav-item')}</ul>
<form class="form-inline" action="https://www.bernama.com/en/search.php"><input class="form-control" type="search" placeholder="Search" aria-label="Search">
</form></div></div></nav>
<div class="container mt-3"><div class="row"><div class="col-12 col-sm-12 col-md-12 col-lg-8">
<h1 class="h2">${bnTitle}</h1>
<div class="row"><div class="col-6 text-left"><div class="text-secondary small">03/11/2025 04:21 PM</div></div>
<div class="col-6 text-right"><a class="btn btn-sm" href="#" title="Facebook"><i class="fab fa-facebook-f"></i></a>
<a class="btn btn-sm" href="#" title="X"><i class="fab fa-x-twitter"></i></a><a class="btn btn-sm" href="#" title="WhatsApp"><i class="fab fa-whatsapp"></i></a>
<a class="btn btn-sm" href="#" title="Telegram"><i class="fab fa-telegram"></i></a></div></div>
<div class="mt-2"><img src="https://bernama.com/en/images/news/2025/11/03/siren.jpg" class="img-fluid" alt="${bnTitle}">
<p class="text-secondary small mt-1">${bnCaption}</p></div>
<div class="text-dark text-justify">
${ps(bnP)}
<p>${bnSign}</p>
</div>
<div class="mt-4 small text-secondary"><p>${bnBlurb}</p><p>${bnFollow}</p>${ps(bnSocial)}</div>
<div class="mt-4"><h2 class="h5 border-bottom pb-1">Related News</h2><ul class="list-unstyled">${links(bnRelated, 'py-1')}</ul></div></div>
<div class="col-12 col-lg-4"><div class="text-center mb-3"><span class="small text-muted">Advertisement</span><div id="div-gpt-ad-1609213612-1"></div></div>
<h2 class="h5 border-bottom pb-1">Top News</h2><ul class="list-unstyled">${links(bnTop, 'py-1')}</ul></div></div></div>
<footer class="bg-dark text-white mt-5 py-4"><div class="container"><ul class="list-inline">${links(bnFoot, 'list-inline-item')}</ul>
<p class="small mb-0">${bnCopy}</p></div></footer>
<script src="https://www.bernama.com/en/js/jquery.min.js"></script><script src="https://www.bernama.com/en/js/bootstrap.bundle.min.js"></script>
</body></html>`;
export const bernamaNews: TestPage = {
  html: bnHtml,
  name: 'heldout178-bernama-news',
  kind: 'news',
  // the dateline opens the first paragraph (body); the "-- BERNAMA" sign-off paragraph is a byline; the services blurb and
  // social lines after the text are furniture
  title: bnTitle,
  headings: [],
  body: texts(bnP),
  bylines: ['03/11/2025 04:21 PM', bnSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Monday, 3 November 2025', ...bnEditions, 'Advertisement', ...bnNav, bnCaption, bnBlurb, bnFollow, ...bnSocial, 'Related News', ...bnRelated,
    'Top News', ...bnTop, ...bnFoot, bnCopy,
  ],
};
