import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file d2: a Turkish news site article on a Hürriyet-style template (top menu, breadcrumb, the
 * news-detail-title h1 and the spot h2, the author box with "Oluşturulma Tarihi" / "Güncellenme Tarihi", share buttons, the
 * photo caption, "Haberin Devamı" separators and ad slots between paragraphs, an "İLGİLİ HABERLER" inline box, tags, the
 * "Sıradaki haber" teaser, the KVKK cookie notice and the footer).
 */
const rTitle = 'Karaburun feribot seferlerinde yeni dönem: Kış tarifesi uzatıldı';
const rSpot = 'Karaburun ile Kıyıköy arasındaki feribot hattında kış tarifesi nisan sonuna kadar uzatıldı. Günlük sefer sayısı dörtten altıya çıkıyor.';
const rP = [
  j(
    'Karaburun Belediyesi ile Deniz Hatları İşletmesi arasında yapılan yeni anlaşmaya göre, yarımadayı Kıyıköy iskelesine bağlayan',
    'feribot hattında kış tarifesi 30 Nisan tarihine kadar uzatıldı. Böylece her yıl mart ayında azalan seferler bu yıl azalmayacak.',
  ),
  j(
    'Belediye Başkan Yardımcısı Selin Aydemir, kararın özellikle okul ve hastane ulaşımı için önemli olduğunu söyledi. Aydemir,',
    '"Yarımadada yaşayan öğrencilerimizin ve hastalarımızın sabah ilk seferi kaçırmaması için saatleri yeniden düzenledik" dedi.',
  ),
  j(
    "Yeni tarifeye göre ilk sefer sabah 06.30'da, son sefer ise akşam 21.00'de yapılacak. Günlük sefer sayısı dörtten altıya",
    'çıkarken, hafta sonları iki ek sefer daha konulacak.',
  ),
  j(
    'Bilet fiyatlarında ise değişiklik yapılmadı. Yolcu bileti 45 lira, otomobil bileti sürücü dahil 320 lira olarak uygulanmaya',
    'devam edecek. Öğrenciler ve 65 yaş üstü yolcular için indirimli tarife geçerli olacak.',
  ),
  j(
    'Hatta kullanılan iki feribottan biri, geçen yıl yapılan bakımın ardından yeniden sefere başladı. İşletme yetkilileri, bakım',
    'sırasında geminin motorlarının yenilendiğini ve yolculuk süresinin 50 dakikadan 40 dakikaya indiğini belirtti.',
  ),
  j(
    'Karaburunlu esnaf da karardan memnun. İskele yakınında lokanta işleten Hasan Kılıç, kışın seferlerin azalmasıyla müşteri',
    'sayısının yarıya düştüğünü anlatarak, "Akşam seferi olunca hafta sonu gelen misafir de artar" diye konuştu.',
  ),
  j(
    'Yarımadada yaşayanlar uzun süredir kış aylarındaki ulaşım sorununa dikkat çekiyordu. Karayoluyla şehir merkezine ulaşım',
    'virajlı kıyı yolu nedeniyle iki saati bulurken, feribotla bu süre bir saatin altına iniyor. Geçen kış yaşanan heyelan sonrası',
    'yolun haftalarca tek şeritten kullanılması, feribot hattına olan talebi daha da artırmıştı.',
  ),
  j(
    'Muhtarlar da yeni tarifenin hazırlanmasında görüş bildirdi. Köy muhtarı Ayşe Demirtaş, sabah seferinin yarım saat öne',
    'alınmasıyla ilçedeki devlet hastanesinde randevusu olan yaşlıların artık bir gün önceden yola çıkmak zorunda kalmayacağını söyledi.',
  ),
  j(
    "Belediye, yaz tarifesinin ise 1 Mayıs'tan itibaren uygulanacağını ve saatlerin nisan ayının ortasında duyurulacağını açıkladı.",
    'Hava muhalefeti nedeniyle iptal edilen seferler, işletmenin internet sitesi ve iskeledeki ekranlardan duyurulacak.',
  ),
];
const rNav = ['Gündem', 'Ekonomi', 'Dünya', 'Spor', 'Yazarlar', 'Yaşam', 'Teknoloji', 'Seyahat', 'Video'];
const rRel = ['Karaburun iskelesinde yenileme çalışması başladı', 'Kıyı yolunda heyelan: Ulaşım tek şeritten sağlanıyor'];
const cont = '<div class="ad-container"><span class="ad-title">Haberin Devamı</span><div class="dfp-ad" id="inread-1"></div></div>';
const rHtml = `<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>${rTitle} - Son Dakika Haberleri</title>
<meta name="description" content="${rSpot}"><meta property="og:site_name" content="Gündem Postası">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}",
"datePublished":"2026-03-04T10:18:00+03:00","dateModified":"2026-03-04T12:02:00+03:00"}</script></head>
<body><header class="header"><a href="/" class="logo">Gündem Postası</a><nav class="menu"><ul>${links(rNav, 'menu-item')}</ul></nav>
<a href="/abone-ol" class="subscribe">Abone Ol</a></header>
<main class="container"><nav class="breadcrumb"><a href="/">Ana Sayfa</a> <a href="/gundem/">Gündem</a></nav>
<div class="news-detail-title selectionShareable"><h1>${rTitle}</h1></div><h2 class="news-detail-spot">${rSpot}</h2>
<div class="author-box"><div class="author-name"><a href="/yazarlar/emre-tuna/">Emre Tuna</a></div><div class="news-date">
<span class="news-date-create"><span>Oluşturulma Tarihi:</span> <time datetime="2026-03-04T10:18">Mart 04, 2026 10:18</time></span>
<span class="news-date-update"><span>Güncellenme Tarihi:</span> <time datetime="2026-03-04T12:02">Mart 04, 2026 12:02</time></span></div></div>
<div class="social-share"><a href="#" class="facebook">Facebook'ta Paylaş</a><a href="#" class="twitter">X'te Paylaş</a>
<a href="#" class="whatsapp">WhatsApp'ta Paylaş</a><a href="#" class="google-news">Google News'te Takip Et</a></div>
<div class="news-media"><img src="/i/karaburun-feribot.jpg" alt="">
<p class="news-media-description">Karaburun iskelesine yanaşan feribot (Fotoğraf: Gündem Postası arşiv)</p></div>
<div class="news-content readingTime">
<p>${rP[0]}</p><p>${rP[1]}</p>${cont}<p>${rP[2]}</p><p>${rP[3]}</p>
<div class="related-news-box"><span class="title">İLGİLİ HABERLER</span><ul>${links(rRel)}</ul></div>
<p>${rP[4]}</p>${cont}<p>${rP[5]}</p><p>${rP[6]}</p><p>${rP[7]}</p><p>${rP[8]}</p></div>
<div class="news-tags"><span>Etiketler:</span><a href="/haberleri/deniz-ulasimi">deniz ulaşımı</a><a href="/haberleri/ege-kiyilari">Ege kıyıları</a></div>
<div class="next-news"><span>Sıradaki haber</span><a href="#">Kuzey Ege'de balıkçılar av yasağı öncesi son kez denize açıldı</a></div></main>
<div class="kvkk-banner"><p>Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.</p><button>Tamam</button></div>
<footer class="footer"><ul>${links(['Künye', 'İletişim', 'Gizlilik Politikası', 'Reklam'])}</ul>
<p>© 2026 Gündem Postası Gazetecilik A.Ş. Tüm hakları saklıdır.</p></footer></body></html>`;
export const trNews: TestPage = {
  name: 'heldout252-hurriyet-style-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([rSpot, ...rP]),
  bylines: ['Emre Tuna', 'Oluşturulma Tarihi: Mart 04, 2026 10:18', 'Güncellenme Tarihi: Mart 04, 2026 12:02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gündem Postası', ...rNav, 'Abone Ol', 'Ana Sayfa', "Facebook'ta Paylaş", "X'te Paylaş", "WhatsApp'ta Paylaş", "Google News'te Takip Et",
    'Karaburun iskelesine yanaşan feribot (Fotoğraf: Gündem Postası arşiv)', 'Haberin Devamı', 'İLGİLİ HABERLER', ...rRel, 'Etiketler:',
    'deniz ulaşımı', 'Ege kıyıları', 'Sıradaki haber', "Kuzey Ege'de balıkçılar av yasağı öncesi son kez denize açıldı",
    "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikası'nı inceleyebilirsiniz.", 'Tamam', 'Künye', 'İletişim',
    'Gizlilik Politikası', 'Reklam', '© 2026 Gündem Postası Gazetecilik A.Ş. Tüm hakları saklıdır.',
  ],
};
