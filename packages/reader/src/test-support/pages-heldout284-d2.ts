import { links, type TestPage } from './page-kit.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file d2: a Turkish daily's columnist post on a WordPress site built with Elementor Pro's theme builder
 * (every part an elementor-section / elementor-column / elementor-widget-wrap: the header template with nav-menu widget,
 * the columnist card with photo and name, theme-post-title, post-info list with date and reading time, share-buttons
 * widget, theme-post-content, the "Yazarın diğer yazıları" posts widget, a form widget for the newsletter, the footer
 * template and the Complianz cookie banner).
 */
const trTitle = 'Kıyı kentlerinde kiralık ev bulmak neden bu kadar zorlaştı?';
const trArt = art(
  [
    j(
      'Geçen hafta bir okurumdan uzun bir e-posta aldım. Denizköy’de öğretmenlik yapan Selin Hanım, atandığı ilçede üç aydır',
      'kiralık ev aradığını, bulduğu her dairenin ya yazlık olarak günlük kiraya verildiğini ya da maaşının yarısını aştığını',
      'yazıyordu. Mektubu okurken bunun tek bir kişinin derdi olmadığını biliyordum.',
    ),
    j(
      'Kıyı ilçelerimizde son beş yılda konut stoku neredeyse hiç artmadı, ama günlük kiralama ilanlarının sayısı üç katına çıktı.',
      'Ev sahibi için hesap basit: yazın iki ayda kazandığı para, bir yıllık kiraya yakın. Kışın ise ev boş kalıyor.',
    ),
    { h: 'Kimler kaybediyor?' },
    j(
      'Bu düzenin kaybedenleri, ilçeyi yıl boyu ayakta tutan insanlar: öğretmenler, hemşireler, belediye çalışanları, küçük esnaf.',
      'Denizköy Devlet Hastanesi’nde geçen yıl açılan on iki hemşire kadrosundan dördü, konut bulunamadığı için boş kaldı.',
    ),
    {
      q: 'Atama yazısını aldığımda sevinmiştim. Şimdi her akşam ilanlara bakıp ailemin yanına geri dönmeyi düşünüyorum.',
      by: 'Selin Hanım, okur mektubundan',
    },
    j(
      'Ev sahiplerini tek başına suçlamak da haksızlık olur. Birçoğu emekli, kirayla geçinen ve artan aidat ile bakım',
      'masraflarını karşılamaya çalışan insanlar. Sorun, yıl boyu oturacak kiracıyla yazlık misafiri aynı terazide tartan',
      've bu tercihi tamamen piyasaya bırakan düzende. Yerel yönetimlerin elinde ise şimdilik neredeyse hiçbir araç yok.',
    ),
    { h: 'Ne yapılabilir?' },
    j(
      'Bazı ülkelerde belediyeler, günlük kiralamaya yılda belirli sayıda gün sınırı getirdi. Bizde ise yeni yönetmelik kayıt',
      'zorunluluğu getirdi ama denetim hâlâ zayıf. Bence en az üç adım atılabilir:',
    ),
    {
      ol: [
        'Günlük kiralama izinleri mahalle bazında kotaya bağlanmalı.',
        'Kamu çalışanları için belediye ve valilik ortak lojman projeleri başlatmalı.',
        'Yıl boyu uzun süreli kiraya veren ev sahiplerine emlak vergisinde indirim tanınmalı.',
      ],
    },
    j(
      'Bunların hiçbiri tek başına mucize yaratmaz. Ama hiçbir şey yapmazsak, birkaç yıl sonra yazın dolup taşan, kışın ise',
      'okulunda öğretmeni, hastanesinde hemşiresi olmayan ilçelerle baş başa kalırız.',
    ),
    j(
      'Selin Hanım’a cevabımda umudunu kaybetmemesini yazdım. Umarım bu satırları okuyan yerel yöneticiler de onun mektubunu',
      'benim kadar ciddiye alır. Sizin ilçenizde durum nasıl? Yazmaya devam edin, okuyorum.',
    ),
  ],
  { h: 'h3' },
);
const trMenu = ['Gündem', 'Ekonomi', 'Dünya', 'Yazarlar', 'Spor', 'Yaşam', 'Künye'];
const trFoot = ['Gizlilik Politikası', 'KVKK Aydınlatma Metni', 'İletişim'];
const trOther = ['Emekli maaşıyla sahil kasabasında bir ay', 'Belediye otobüsleri neden geç kalıyor?', 'Balıkçı barınağındaki sessiz değişim'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const trHtml = `<!doctype html>
<html lang="tr"><head><meta charset="UTF-8"><title>${trTitle} – Körfez Postası</title>
<meta property="og:locale" content="tr_TR"><meta property="og:type" content="article"><meta property="og:title" content="${trTitle}">
<meta name="author" content="Defne Akyürek"><meta property="article:published_time" content="2026-03-08T06:00:00+03:00">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${trTitle}",
"author":{"@type":"Person","name":"Defne Akyürek"},"datePublished":"2026-03-08T06:00:00+03:00","inLanguage":"tr"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-1182-css" href="/wp-content/uploads/elementor/css/post-1182.css" media="all">
<script>var ElementorProFrontendConfig = {"ajaxurl":"/wp-admin/admin-ajax.php","shareButtonsNetworks":{"facebook":{"title":"Facebook"}}};</script></head>
<body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-6">
<div data-elementor-type="header" data-elementor-id="1182" class="elementor elementor-1182 elementor-location-header">
${sec(
  '5a1c2e0',
  `${w('theme-site-logo', '<a href="/">Körfez Postası</a>', '2f0a1b7')}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-2f3" class="elementor-nav-menu">${links(trMenu, 'menu-item')}</ul></nav>`,
  '4b7e9d1',
)}`,
)}
</div>
<div data-elementor-type="single-post" data-elementor-id="1230" class="elementor elementor-1230 elementor-location-single post-48877 post type-post">
${sec(
  '71c0f3a',
  `${w('image', '<img width="120" height="120" src="/wp-content/uploads/2025/01/defne-akyurek.jpg" alt="">', '8d2e7a0')}
${w('heading', '<h2 class="elementor-heading-title elementor-size-default"><a href="/yazar/defne-akyurek/">Defne Akyürek</a></h2>', '91f3c02')}
${w('text-editor', '<p>Şehir ve yaşam üzerine yazıyor</p>', 'a44c1d9')}
${w('theme-post-title', `<h1 class="elementor-heading-title elementor-size-default">${trTitle}</h1>`, 'b63e0f4')}
${w(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-3f2 elementor-inline-item" itemprop="datePublished">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>8 Mart 2026</time></span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item">4 dakika okuma</span></li></ul>`,
  'c1d7e25',
)}
${w(
  'share-buttons',
  `<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button">
<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">Facebook</span></div></div></div>
<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_whatsapp" role="button"><div class="elementor-share-btn__text">
<span class="elementor-share-btn__title">WhatsApp</span></div></div></div></div>`,
  'd09a6b3',
)}
${w('theme-post-content', trArt.html, 'e5f1a88')}
${w('heading', '<h2 class="elementor-heading-title elementor-size-default">Yazarın diğer yazıları</h2>', 'f2b6d90')}
${w(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${trOther
  .map(
    (t) => `<article class="elementor-post elementor-grid-item"><h3 class="elementor-post__title"><a href="/">${t}</a></h3>
</article>`,
  )
  .join('\n')}</div>`,
  '0c3d4e1',
)}
${w(
  'form',
  `<form class="elementor-form" method="post" name="Bülten"><div class="elementor-form-fields-wrapper"><label for="form-field-email"
class="elementor-field-label">Haftalık bültenimize abone olun</label><input type="email" name="form_fields[email]" placeholder="E-posta adresiniz">
<button type="submit" class="elementor-button"><span class="elementor-button-text">Abone ol</span></button></div></form>`,
  '1e9f2a7',
)}`,
)}
</div>
<div data-elementor-type="footer" data-elementor-id="1190" class="elementor elementor-1190 elementor-location-footer">
${sec(
  '9a8b7c6',
  `${w('text-editor', '<p>© 2026 Körfez Postası. Tüm hakları saklıdır.</p>', '6d5e4f3')}
${w('icon-list', `<ul class="elementor-icon-list-items">${links(trFoot, 'elementor-icon-list-item')}</ul>`, '7e6f5a4')}`,
)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" role="dialog" aria-modal="true">
<div class="cmplz-header"><div class="cmplz-title">Çerez onayını yönet</div></div>
<div class="cmplz-body"><div class="cmplz-message"><p>Deneyiminizi iyileştirmek için çerezler kullanıyoruz.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Kabul et</button><button class="cmplz-btn cmplz-deny">Reddet</button>
<button class="cmplz-btn cmplz-view-preferences">Tercihleri görüntüle</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2"></script></body></html>`;
export const trElementor: TestPage = {
  name: 'heldout284-korfezpostasi-elementor-blog',
  kind: 'blog',
  html: trHtml,
  title: trTitle,
  headings: trArt.headings,
  body: trArt.body,
  bylines: ['Defne Akyürek', '8 Mart 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Körfez Postası', ...trMenu, 'Şehir ve yaşam üzerine yazıyor', '4 dakika okuma', 'Facebook', 'WhatsApp', 'Yazarın diğer yazıları', ...trOther,
    'Haftalık bültenimize abone olun', 'Abone ol', '© 2026 Körfez Postası. Tüm hakları saklıdır.', 'Gizlilik Politikası', 'KVKK Aydınlatma Metni',
    'İletişim', 'Çerez onayını yönet', 'Deneyiminizi iyileştirmek için çerezler kullanıyoruz.', 'Kabul et', 'Reddet', 'Tercihleri görüntüle',
  ],
};
