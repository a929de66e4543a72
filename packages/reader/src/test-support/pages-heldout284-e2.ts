import { links, type TestPage } from './page-kit.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file e2: an Indonesian news site's article on a Detik-style template (the network header with channel
 * menu, breadcrumb "Berita", h1.detail__title, detail__author with the news-agency code, detail__date, the detail__media
 * image with its caption, detail__body-text itp_bodycontent with the bold dateline, the linksisip "Baca juga" tables between
 * paragraphs, the "Simak Video" embed label, the "(xyz/abc)" editor codes, detail__body-tag tags, the share box, the
 * "Berita Terkait" list, the comment count box, "Terpopuler" rail, "ADVERTISEMENT" slots and the footer).
 */
const idTitle = 'Pemkot Sukamaju Buka 12 Pasar Murah Jelang Ramadan, Ini Jadwal dan Lokasinya';
const sisip = (t: string): string => `<table class="linksisip"><tbody><tr><td><div class="lihatjg"><strong>Baca juga: </strong>
<a href="https://news.detak.example/berita/d-7281${t.length}/x">${t}</a></div></td></tr></tbody></table>`;
const idAlso = ['Harga Cabai di Sukamaju Naik Dua Kali Lipat Sepekan', 'Cara Cek Jadwal Imsakiyah Ramadan 2026 untuk Wilayah Sukamaju'];
const idArt = art(
  [
    j(
      '<strong>Sukamaju</strong> - Pemerintah Kota Sukamaju akan menggelar 12 pasar murah di seluruh kecamatan menjelang bulan',
      'Ramadan. Pasar murah ini digelar untuk menekan harga bahan pokok yang mulai naik dalam dua pekan terakhir.',
    ),
    j(
      'Kepala Dinas Perdagangan Kota Sukamaju, Rahmat Hidayatullah, mengatakan setiap lokasi akan menyediakan beras, minyak goreng,',
      'gula pasir, telur, dan bawang dengan harga di bawah harga pasar. Warga cukup membawa KTP untuk berbelanja.',
    ),
    j(
      '"Setiap warga dibatasi maksimal lima kilogram beras dan dua liter minyak goreng supaya semua kebagian. Kami juga bekerja sama',
      'dengan kelurahan agar lansia bisa dilayani lebih dulu," kata Rahmat kepada wartawan di Balai Kota, Selasa (10/3/2026).',
    ),
    { raw: sisip(idAlso[0] ?? '') },
    j('Berikut daftar harga sejumlah bahan pokok di pasar murah tersebut:'),
    {
      th: ['Komoditas', 'Harga pasar murah'],
      rows: [
        ['Beras medium (per kg)', 'Rp 11.500'],
        ['Minyak goreng (per liter)', 'Rp 14.000'],
        ['Gula pasir (per kg)', 'Rp 15.000'],
        ['Telur ayam (per kg)', 'Rp 24.000'],
      ],
    },
    j(
      'Pasar murah akan dibuka mulai Senin, 16 Maret 2026, dari pukul 08.00 hingga 12.00 WIB. Lokasi pertama berada di halaman kantor',
      'Kecamatan Sukamaju Utara, disusul Kecamatan Cibeureum dan Kecamatan Pasirlaja pada hari berikutnya.',
    ),
    { raw: sisip(idAlso[1] ?? '') },
    j(
      'Menurut Rahmat, anggaran subsidi untuk kegiatan ini mencapai Rp 2,3 miliar dari APBD. Pemkot juga menggandeng Bulog dan',
      'sejumlah distributor lokal untuk menjamin pasokan.',
    ),
    j(
      'Salah satu warga Cibeureum, Euis Komariah (45), mengaku senang dengan adanya pasar murah. Ia mengatakan harga beras di',
      'warung dekat rumahnya sudah naik Rp 1.500 per kilogram sejak awal bulan. "Lumayan bisa hemat buat persiapan puasa," ujarnya.',
    ),
    j(
      'Pemkot meminta warga tidak datang terlalu pagi dan tetap tertib mengantre. Jadwal lengkap setiap kecamatan diumumkan melalui',
      'akun media sosial resmi Pemkot Sukamaju dan papan pengumuman di kantor kelurahan.',
    ),
  ],
  {},
);
const idMenu = ['Berita', 'Daerah', 'Internasional', 'Hukum', 'Politik', 'Ekonomi', 'Sepakbola', 'Otomotif'];
const idTags = ['operasi pasar', 'ramadan 2026', 'berita sukamaju'];
const idRel = ['Operasi Pasar Beras Digelar di Lima Kecamatan', 'Stok Bahan Pokok Jelang Lebaran Dipastikan Aman'];
const idPop = [
  'Jalan Layang Cibeureum Mulai Dibangun Bulan Depan',
  'Jadwal KRL Lintas Sukamaju Berubah Mulai Hari Ini',
  'Banjir Rendam 300 Rumah di Pasirlaja',
];
const idHtml = `<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="utf-8"><title>${idTitle}</title>
<meta name="description" content="Pemkot Sukamaju akan menggelar 12 pasar murah menjelang Ramadan."><meta name="author" content="Dinda Permatasari">
<meta name="publishdate" content="2026/03/10 14:21:05"><meta name="contenttype" content="singlepagenews"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${idTitle}","datePublished":"2026-03-10T14:21:05+07:00",
"author":{"@type":"Person","name":"Dinda Permatasari"},"publisher":{"@type":"Organization","name":"detak.example"}}</script>
<script>var dtkDataLayer = {"kanalid":"10","articleid":"7281904","articletype":"singlepage"};</script></head>
<body><header class="header"><div class="container"><a class="logo" href="/">detakNews</a>
<nav class="nav"><ul class="nav__list">${links(idMenu, 'nav__item')}</ul></nav><a class="header__login" href="#">Masuk</a></div></header>
<div class="ads-slot-billboard"><div class="ads-label">ADVERTISEMENT</div><div id="billboard_desktop"></div></div>
<div class="container"><div class="grid-row content__bg"><div class="column-8"><article class="detail" data-article-id="7281904">
<div class="detail__header"><div class="page__breadcrumb"><a href="/berita" class="breadcrumb__link">Berita</a>
<a href="/berita/daerah" class="breadcrumb__link">Daerah</a></div>
<h1 class="detail__title">${idTitle}</h1>
<div class="detail__author">Dinda Permatasari - detakNews</div>
<div class="detail__date">Selasa, 10 Mar 2026 14:21 WIB</div>
<div class="detail__share"><span class="detail__share-title">Bagikan</span> <a href="#" class="share-fb">Facebook</a> <a href="#" class="share-wa">WhatsApp</a>
<a href="#" class="share-copy">Salin Link</a></div></div>
<div class="detail__media"><figure class="detail__media-image"><img src="https://akcdn.detak.example/community/media/visual/2026/03/10/pasar.jpg" alt="">
<figcaption class="detail__media-caption">Ilustrasi pasar murah. Foto: Rizky Maulana/detakNews</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
${idArt.html}
<div class="sisip_embed_sosmed"><span class="video-label">Simak Video "Antrean Panjang Warga di Operasi Pasar Beras"</span></div>
<p class="para_caption">(dnp/rul)</p>
<div class="parallaxindetail"><div class="ads-label">ADVERTISEMENT</div></div></div>
<div class="detail__body-tag"><div class="nav">
<span class="nav__label">Tag</span>${idTags.map((t) => `<a href="/tag/" class="nav__item">${t}</a>`).join('\n')}</div></div>
<div class="detail__komentar"><a href="#" class="komentar-box">Komentar</a> <span class="komentar-count">14 Komentar</span></div>
<div class="berita-terkait"><h2 class="title">Berita Terkait</h2><ul>${links(idRel, 'list-content__item')}</ul></div></div></article></div>
<div class="column-4"><div class="box cb-mostpop"><div class="box__header"><h2 class="title">Terpopuler</h2></div>
<ul>${links(idPop, 'list-content__item')}</ul></div></div></div></div>
<footer class="footer"><ul class="footer__menu">${links(['Redaksi', 'Pedoman Media Siber', 'Karir', 'Kotak Pos', 'Info Iklan', 'Privacy Policy'])}</ul>
<p class="footer__copy">Copyright @ 2026 detakNews. All Rights Reserved</p></footer>
<script src="https://cdn.detak.example/assets/js/detail.js" async></script></body></html>`;
export const idDetik: TestPage = {
  name: 'heldout284-detaknews-detik-style-news',
  kind: 'news',
  html: idHtml,
  title: idTitle,
  headings: [],
  body: idArt.body,
  bylines: ['Dinda Permatasari - detakNews', 'Selasa, 10 Mar 2026 14:21 WIB'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'detakNews', ...idMenu, 'Masuk', 'ADVERTISEMENT', 'Bagikan', 'Facebook', 'WhatsApp', 'Salin Link', 'Ilustrasi pasar murah. Foto: Rizky Maulana/detakNews',
    'Baca juga:', ...idAlso, 'Simak Video "Antrean Panjang Warga di Operasi Pasar Beras"', '(dnp/rul)', ...idTags, 'Komentar', '14 Komentar',
    'Berita Terkait', ...idRel, 'Terpopuler', ...idPop, 'Redaksi', 'Pedoman Media Siber', 'Karir', 'Kotak Pos', 'Info Iklan', 'Privacy Policy',
    'Copyright @ 2026 detakNews. All Rights Reserved',
  ],
};
