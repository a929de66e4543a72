import { links, type TestPage } from './page-kit.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file b2: a Hindi news portal's short story (a page whose main text is short) on an NDTV-style
 * template: top nav and the "ताज़ा खबरें" ticker, breadcrumbs, sp-ttl headline with the sp-descp summary, the
 * pst-by byline block with city dateline and "Updated" line, a share bar, the lead image with caption, a "यह भी पढ़ें"
 * inline list, topics, "Watch Live" video box, a long trending rail and more news cards (longer than the story itself),
 * the push-notification prompt and the footer.
 */
const hiTitle = 'सूरजगढ़ में बेमौसम ओलावृष्टि से गेहूं की फसल को नुकसान, प्रशासन ने सर्वे के आदेश दिए';
const hiSum = 'जिले के चौदह गांवों में सोमवार रात ओले गिरे, किसानों ने मुआवजे की मांग की';
const hiArt = art(
  [
    j(
      'सूरजगढ़ जिले में सोमवार रात अचानक हुई ओलावृष्टि से कटाई के लिए तैयार गेहूं की फसल को भारी नुकसान पहुंचा है। कृषि विभाग',
      'के शुरुआती अनुमान के मुताबिक चौदह गांवों में करीब तीन हजार हेक्टेयर में खड़ी फसल प्रभावित हुई है।',
    ),
    j(
      'जिलाधिकारी सुमेधा रावत ने मंगलवार सुबह राजस्व और कृषि विभाग की संयुक्त टीमों को पांच दिनों के भीतर नुकसान का सर्वे पूरा',
      'करने के निर्देश दिए। उन्होंने कहा कि जिन किसानों की फसल का बीमा है, वे बहत्तर घंटे के भीतर बीमा कंपनी को सूचना दें।',
    ),
    j(
      'रामपुरा गांव के किसान हरिकिशन यादव ने बताया कि उनकी चार बीघा फसल लगभग पूरी तरह गिर गई है। किसान संगठनों ने प्रति हेक्टेयर',
      'पच्चीस हजार रुपये मुआवजे की मांग की है। मौसम विभाग ने अगले दो दिन और बारिश की संभावना जताई है।',
    ),
  ],
  { p: ' class="story__para"' },
);
const hiMenu = ['होम', 'देश', 'राज्य', 'दुनिया', 'खेल', 'मनोरंजन', 'बिज़नेस', 'वीडियो'];
const hiTicker = ['राजधानी में आज से नई मेट्रो लाइन शुरू', 'बोर्ड परीक्षा के नतीजे अगले सप्ताह'];
const hiAlso = ['ओलावृष्टि के बाद फसल बीमा का दावा कैसे करें', 'मौसम विभाग ने पांच जिलों में जारी किया येलो अलर्ट'];
const hiTrend = [
  'नई रेल लाइन का सर्वे पूरा, अगले साल से शुरू होगा काम',
  'शहर के सरकारी अस्पताल में खुला नया आईसीयू',
  'क्रिकेट: राज्य टीम ने लगातार तीसरा मैच जीता',
  'पुराने किले की मरम्मत के लिए बजट मंजूर',
  'गर्मी की छुट्टियों में चलेंगी बीस विशेष ट्रेनें',
  'सरसों की सरकारी खरीद एक अप्रैल से',
];
const hiTopics = ['कृषि समाचार', 'सूरजगढ़ समाचार', 'फसल बीमा योजना'];
const hiFoot = ['हमारे बारे में', 'संपर्क करें', 'विज्ञापन', 'गोपनीयता नीति', 'शर्तें'];
const hiHtml = `<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8"><title>${hiTitle} - देशदर्पण इंडिया</title>
<meta name="description" content="${hiSum}"><meta name="keywords" content="ओलावृष्टि, सूरजगढ़, गेहूं">
<meta property="og:type" content="article"><link rel="amphtml" href="https://deshdarpan.example/amp/india/surajgarh-hail-4512098">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${hiTitle}","inLanguage":"hi",
"datePublished":"2026-03-10T13:22:00+05:30","dateModified":"2026-03-10T15:05:00+05:30","author":{"@type":"Person","name":"दीपक भारद्वाज"}}</script>
<script>var _ndtv_ads={"section":"india","story_id":4512098};</script><link rel="stylesheet" href="https://cdn.deshdarpan.example/css/story.css"></head>
<body class="story-page"><div class="Hdr_wr"><div class="Hdr_top"><a class="Hdr_logo" href="/">देशदर्पण इंडिया</a>
<nav class="MainNav"><ul class="MainNav_ul">${links(hiMenu, 'MainNav_li')}</ul></nav></div>
<div class="brk-nws"><span class="brk-nws_ttl">ताज़ा खबरें</span><ul class="brk-nws_ul">${links(hiTicker, 'brk-nws_li')}</ul></div></div>
<div class="vjl-cntr"><div class="vjl-row"><div class="vjl-lg-8"><nav class="brdcrmb"><ul>${links(['होम', 'देश'], 'brdcrmb_li')}</ul></nav>
<article class="sp-wrp" itemscope itemtype="http://schema.org/NewsArticle"><div class="sp-hd">
<h1 class="sp-ttl" itemprop="headline">${hiTitle}</h1><h2 class="sp-descp">${hiSum}</h2>
<nav class="pst-by"><ul class="pst-by_ul"><li class="pst-by_li"><span class="pst-by_lnk"><a href="/author/deepak">दीपक भारद्वाज</a></span></li>
<li class="pst-by_li"><span class="pst-by_lnk" itemprop="dateModified">अपडेटेड: 10 मार्च, 2026 3:05 pm IST</span></li></ul></nav>
<div class="shr-wr"><span class="shr-ttl">शेयर करें</span><a class="shr-fb" href="#">फेसबुक</a> <a class="shr-tw" href="#">ट्विटर</a>
<a class="shr-wa" href="#">व्हाट्सऐप</a></div></div>
<div class="ins_instory_dv_cont"><img src="https://c.deshdarpan.example/i/2026-03/hail-wheat.jpg" alt="ओलावृष्टि">
<div class="ins_instory_dv_caption">खेत में गिरे ओले (प्रतीकात्मक तस्वीर)</div></div>
<div class="sp-cn ins_storybody" id="ins_storybody" itemprop="articleBody">
<p class="story__para"><b>सूरजगढ़ (जिला संवाददाता):</b></p>
${hiArt.html}
<div class="ymal"><span class="ymal_ttl">यह भी पढ़ें</span><ul>${links(hiAlso, 'ymal_li')}</ul></div>
</div>
<div class="tgs"><span class="tgs_ttl">टॉपिक</span><ul>${links(hiTopics, 'tgs_li')}</ul></div></article>
<div class="lv-vd"><span class="lv-vd_ttl">Watch Live News:</span> <a href="/live">देशदर्पण लाइव टीवी देखें</a></div></div>
<aside class="vjl-lg-4"><div class="trnd"><h3 class="trnd_ttl">ट्रेंडिंग</h3><ul class="trnd_ul">${links(hiTrend, 'trnd_li')}</ul></div>
<div class="ad-cont"><span class="ad-lbl">विज्ञापन</span><div id="div-gpt-ad-rhs"></div></div></aside></div></div>
<div class="ntf-prmpt"><p>ताज़ा खबरों के लिए नोटिफिकेशन चालू करें</p><button>अनुमति दें</button><button>बाद में</button></div>
<footer class="ftr"><ul class="ftr_ul">${links(hiFoot, 'ftr_li')}</ul><p class="ftr_cpy">© कॉपीराइट देशदर्पण मीडिया लिमिटेड 2026. सर्वाधिकार सुरक्षित.</p>
</footer>
<script src="https://cdn.deshdarpan.example/js/story.min.js" defer></script></body></html>`;
export const hiShort: TestPage = {
  name: 'heldout284-deshdarpan-ndtv-style-short-news',
  kind: 'news',
  html: hiHtml,
  title: hiTitle,
  headings: [],
  body: [hiSum, ...hiArt.body],
  bylines: ['दीपक भारद्वाज', 'अपडेटेड: 10 मार्च, 2026 3:05 pm IST', 'सूरजगढ़ (जिला संवाददाता):'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'देशदर्पण इंडिया', ...hiMenu, 'ताज़ा खबरें', ...hiTicker, 'शेयर करें', 'फेसबुक', 'ट्विटर', 'व्हाट्सऐप', 'खेत में गिरे ओले (प्रतीकात्मक तस्वीर)',
    'यह भी पढ़ें', ...hiAlso, 'टॉपिक', ...hiTopics, 'Watch Live News:', 'देशदर्पण लाइव टीवी देखें', 'ट्रेंडिंग', ...hiTrend, 'विज्ञापन',
    'ताज़ा खबरों के लिए नोटिफिकेशन चालू करें', 'अनुमति दें', 'बाद में', ...hiFoot, '© कॉपीराइट देशदर्पण मीडिया लिमिटेड 2026. सर्वाधिकार सुरक्षित.',
  ],
};
