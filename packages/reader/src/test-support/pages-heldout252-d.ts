import { links, ps, type TestPage, texts } from './page-kit.js';
import { trNews } from './pages-heldout252-d2.js';
import { j } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file d: a Hindi news site article on an Amar Ujala-style template (state / city menu, breadcrumb, h1 and
 * the summary h2, the writer box with "न्यूज डेस्क" and the "Published by" / updated lines, the "ख़बर सुनें" audio player,
 * the share strip, the lead photo with caption, "यह भी पढ़ें" promo, sub-headings in the body, the "विज्ञापन" slot, the
 * app download strip, "संबंधित खबरें", "सबसे ज्यादा पढ़ी गई" and the footer) and, from file d2, a Turkish news site article.
 */
const hTitle = 'गंगापुर में नया जल शोधन संयंत्र शुरू, 40 मोहल्लों को मिलेगा साफ पानी';
const hSum = 'नगर निगम का दावा, गर्मी से पहले हर घर तक पहुंचेगी पाइपलाइन; पुराने संयंत्र की क्षमता दोगुनी';
const hP1 = [
  j(
    'गंगापुर शहर के 40 मोहल्लों के करीब दो लाख लोगों को अब पीने के लिए साफ पानी मिल सकेगा। बुधवार को नदी किनारे बने नए जल शोधन',
    'संयंत्र का उद्घाटन किया गया। नगर निगम के अनुसार संयंत्र रोज़ाना 60 लाख लीटर पानी साफ कर सकता है।',
  ),
  j(
    'अब तक शहर के पुराने इलाकों में पानी की आपूर्ति 1980 के दशक में बने एक छोटे संयंत्र से होती थी। गर्मियों में उसकी क्षमता कम पड़',
    'जाती थी और कई मोहल्लों में गंदे पानी की शिकायतें आती थीं। पिछले साल जुलाई में पीलिया के मामलों के बाद यह मुद्दा और गरमा गया था।',
  ),
];
const hH = ['कैसे काम करेगा संयंत्र', 'किन मोहल्लों को पहले फायदा', 'लोगों ने क्या कहा'];
const hP2 = [
  j(
    'संयंत्र में पानी को चार चरणों में साफ किया जाएगा। नगर निगम के अधिशासी अभियंता सुरेश चंद्र वर्मा ने बताया कि हर चरण के बाद',
    'पानी की जांच प्रयोगशाला में होगी और नतीजे रोज़ नगर निगम की वेबसाइट पर डाले जाएंगे।',
  ),
];
const hSteps = [
  'नदी के पानी को बड़े टैंकों में जमा कर मिट्टी और कचरा अलग करना',
  'रेत और बजरी की परतों से छानना',
  'क्लोरीन से कीटाणुओं को खत्म करना',
  'ऊंची टंकियों में भरकर पाइपलाइन से घरों तक भेजना',
];
const hP3 = [
  j(
    'पहले चरण में पुराने शहर के 18 मोहल्लों को जोड़ा जाएगा, जहां शिकायतें सबसे ज़्यादा थीं। बाकी 22 मोहल्लों में नई पाइपलाइन बिछाने',
    'का काम चल रहा है, जिसे मई के अंत तक पूरा करने का लक्ष्य है। निगम ने कहा कि काम के दौरान सड़कों की खुदाई से होने वाली परेशानी',
    'के लिए हर वार्ड में एक शिकायत नंबर जारी किया जाएगा।',
  ),
  j('परियोजना पर कुल 84 करोड़ रुपये खर्च हुए हैं, जिसमें से आधी रकम राज्य सरकार ने दी है। संयंत्र के संचालन के लिए 35 कर्मचारियों की', 'भर्ती की गई है।'),
];
const hP4 = [
  j(
    'पुराने शहर की रहने वाली कमला देवी ने कहा कि उन्हें सालों से पानी उबालकर पीना पड़ता था। "बच्चे बार-बार बीमार पड़ते थे। अगर सच में',
    'साफ पानी आएगा तो बहुत राहत होगी," उन्होंने कहा।',
  ),
  j(
    'वहीं, व्यापार मंडल के अध्यक्ष रमेश अग्रवाल ने कहा कि संयंत्र का स्वागत है, लेकिन पाइपलाइन का काम समय पर पूरा होना चाहिए।',
    'उन्होंने नगर निगम से हर महीने काम की प्रगति सार्वजनिक करने की मांग की।',
  ),
];
const hPromo = 'यह भी पढ़ें: गंगापुर में पीलिया के 60 नए मामले, स्वास्थ्य विभाग ने चलाया अभियान';
const hNav = ['होम', 'ताज़ा', 'शहर और राज्य', 'देश', 'विदेश', 'मनोरंजन', 'क्रिकेट', 'कारोबार', 'नौकरी', 'शिक्षा', 'ज्योतिष'];
const hRel = ['गंगापुर: सड़क खुदाई से शहर में जाम, लोग परेशान', 'नगर निगम बजट में जलापूर्ति के लिए 120 करोड़', 'गर्मी से पहले हैंडपंपों की मरम्मत के निर्देश'];
const hTop = ['मौसम: अगले तीन दिन तेज़ हवा और बूंदाबांदी के आसार', 'बोर्ड परीक्षा: प्रवेश पत्र डाउनलोड करने की आखिरी तारीख कल'];
const hHtml = `<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>${hTitle} - दैनिक प्रहरी</title>
<meta name="description" content="${hSum}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}",
"datePublished":"2026-03-04T18:40:00+05:30","author":{"@type":"Person","name":"न्यूज डेस्क, दैनिक प्रहरी, गंगापुर"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({category:"city-and-states",city:"gangapur"});</script></head>
<body><header class="header"><a href="/" class="logo">दैनिक प्रहरी</a><a href="/epaper" class="epaper">ई-पेपर</a>
<a href="/login" class="login-btn">साइन इन</a><nav class="main-menu"><ul>${links(hNav)}</ul></nav></header>
<div class="container"><ul class="breadcrumb"><li><a href="/">होम</a></li><li><a href="/city-and-states">शहर और राज्य</a></li>
<li><a href="/city-and-states/gangapur">गंगापुर</a></li></ul>
<div class="article-desc"><h1 class="heading1">${hTitle}</h1><h2 class="desc">${hSum}</h2>
<div class="writter"><div class="writter-name"><a href="/author/news-desk">न्यूज डेस्क, दैनिक प्रहरी, गंगापुर</a></div>
<div class="published-by">Published by: अंकित मिश्रा</div><div class="date">Updated Wed, 04 Mar 2026 06:40 PM IST</div></div>
<div class="article-audio"><button class="listen-btn">ख़बर सुनें</button><span>0:00 / 3:12</span></div>
<div class="share-strip"><span>ख़बर शेयर करें</span><a href="#">फेसबुक</a><a href="#">व्हाट्सऐप</a><a href="#">एक्स</a></div>
<figure class="article-img"><img src="https://staticimg.prahari.example/2026/03/04/plant.jpg" alt="">
<figcaption>गंगापुर में नदी किनारे बना नया जल शोधन संयंत्र। - फोटो : दैनिक प्रहरी</figcaption></figure>
<div class="article-desc-content" id="article-desc">${ps(hP1)}
<p><strong><a href="/gangapur/jaundice">${hPromo}</a></strong></p>
<h3>${hH[0]}</h3>${ps(hP2)}<ul>${hSteps.map((s) => `<li>${s}</li>`).join('')}</ul>
<div class="ad-slot"><span class="ad-label">विज्ञापन</span><div id="gpt-ad-1"></div></div>
<h3>${hH[1]}</h3>${ps(hP3)}<h3>${hH[2]}</h3>${ps(hP4)}</div>
<div class="app-strip"><p>विस्तार से पढ़ें और अपने शहर की हर खबर के लिए डाउनलोड करें दैनिक प्रहरी ऐप</p></div>
<div class="related"><h2>संबंधित खबरें</h2><ul>${links(hRel)}</ul></div></div>
<aside class="sidebar"><h2>सबसे ज्यादा पढ़ी गई</h2><ol>${links(hTop)}</ol></aside></div>
<footer class="footer"><ul>${links(['हमारे बारे में', 'संपर्क करें', 'गोपनीयता नीति', 'विज्ञापन दें'])}</ul>
<p>Copyright © 2026 दैनिक प्रहरी मीडिया प्राइवेट लिमिटेड. All rights reserved.</p></footer></body></html>`;
const hindi: TestPage = {
  name: 'heldout252-amar-ujala-style-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hSum, ...hP1, ...hP2, ...hSteps, ...hP3, ...hP4]),
  bylines: ['न्यूज डेस्क, दैनिक प्रहरी, गंगापुर', 'Published by: अंकित मिश्रा', 'Updated Wed, 04 Mar 2026 06:40 PM IST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'दैनिक प्रहरी', 'ई-पेपर', 'साइन इन', ...hNav, 'ख़बर सुनें', '0:00 / 3:12', 'ख़बर शेयर करें', 'फेसबुक', 'व्हाट्सऐप', 'एक्स',
    'गंगापुर में नदी किनारे बना नया जल शोधन संयंत्र। - फोटो : दैनिक प्रहरी', hPromo, 'विज्ञापन',
    'विस्तार से पढ़ें और अपने शहर की हर खबर के लिए डाउनलोड करें दैनिक प्रहरी ऐप', 'संबंधित खबरें', ...hRel, 'सबसे ज्यादा पढ़ी गई', ...hTop,
    'हमारे बारे में', 'संपर्क करें', 'गोपनीयता नीति', 'विज्ञापन दें', 'Copyright © 2026 दैनिक प्रहरी मीडिया प्राइवेट लिमिटेड. All rights reserved.',
  ],
};

export const HELDOUT252_D: readonly TestPage[] = [hindi, trNews];
