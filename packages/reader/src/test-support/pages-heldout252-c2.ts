import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file c2: an Indonesian news portal article on a Kompas.com-style template (top navigation and channel
 * menu, breadcrumb, read__title, read__time, the photo with its credit, the "Penulis / Editor" credit box, the
 * read__content paragraphs with the "JAKARTA, WARTANUSA.com -" dateline in the first one and "Baca juga:" promos between
 * paragraphs, the WhatsApp channel box, tags, "Berita Terkait", "Terpopuler", the comment call and the footer).
 */
const iTitle = 'Harga Cabai Rawit Tembus Rp 95.000 per Kilogram, Pedagang Pasar Kurangi Stok';
const iP = [
  j(
    '<strong>JAKARTA, WARTANUSA.com</strong> - Harga cabai rawit merah di sejumlah pasar tradisional di Jakarta terus merangkak naik',
    'dalam dua pekan terakhir. Pada Rabu (4/3/2026), harga di Pasar Kembang Sari tercatat mencapai Rp 95.000 per kilogram.',
  ),
  j('Angka itu naik hampir dua kali lipat dibandingkan awal Februari, ketika harga cabai rawit masih berada di kisaran Rp 50.000', 'per kilogram.'),
  j(
    'Seorang pedagang sayur, Sumiati (48), mengatakan kenaikan harga membuat pembeli mengurangi jumlah belanja. Ia pun terpaksa',
    'mengurangi stok agar cabai tidak busuk sebelum terjual.',
  ),
  j(
    '"Biasanya saya ambil sepuluh kilo sehari, sekarang paling tiga kilo. Pembeli yang biasa beli seperempat sekarang cuma beli',
    'satu ons," kata Sumiati saat ditemui di lapaknya.',
  ),
  j(
    'Menurut dia, pasokan dari daerah sentra di Jawa Tengah berkurang karena curah hujan tinggi yang merusak tanaman',
    'di sejumlah desa. Sebagian petani bahkan gagal panen.',
  ),
  j(
    'Kepala Dinas Ketahanan Pangan Kota, Rudi Hartanto, membenarkan adanya penurunan pasokan. Berdasarkan catatan dinas,',
    'cabai yang tiba di pasar induk turun sekitar 35 persen dibandingkan bulan lalu.',
  ),
  j(
    'Untuk menekan harga, pemerintah daerah berencana menggelar operasi pasar di 12 titik mulai pekan depan. Cabai akan dijual',
    'dengan harga Rp 70.000 per kilogram, dengan pembatasan maksimal satu kilogram per pembeli.',
  ),
  j(
    'Rudi juga mengimbau warga untuk tidak membeli cabai dalam jumlah besar. "Kami minta masyarakat berbelanja sesuai kebutuhan',
    'agar harga tidak semakin terdorong naik," ujarnya.',
  ),
  j(
    'Kenaikan harga juga dirasakan pelaku usaha kuliner. Pemilik warung makan di kawasan Kembang Sari, Agus Salim (52), mengaku harus',
    'mengurangi takaran sambal untuk setiap porsi. Ia memilih tidak menaikkan harga makanan karena khawatir pelanggan beralih ke warung lain.',
  ),
  j(
    '"Kalau harga nasi naik, orang langsung protes. Jadi sambalnya yang dikurangi sedikit, atau cabainya dicampur cabai keriting',
    'yang lebih murah," tutur Agus.',
  ),
  j(
    'Selain cabai rawit, harga bawang merah juga mulai naik, dari Rp 38.000 menjadi Rp 45.000 per kilogram. Sementara harga',
    'beras dan minyak goreng relatif stabil.',
  ),
  j('Dinas memperkirakan harga cabai baru akan kembali normal pada akhir April, ketika panen di sejumlah daerah sentra', 'mulai berlangsung.'),
];
const iBaca = ['Baca juga: Musim Hujan Panjang, Petani Cabai di Lereng Merbabu Merugi', 'Baca juga: Operasi Pasar Digelar, Warga Antre Sejak Subuh'];
const iNav = ['News', 'Megapolitan', 'Nasional', 'Regional', 'Global', 'Money', 'Tekno', 'Otomotif', 'Bola', 'Lifestyle'];
const iRel = ['Harga Bawang Merah Ikut Naik Jelang Ramadhan', 'Operasi Pasar Cabai Digelar di 12 Titik', 'Cara Menyimpan Cabai agar Tahan Lama'];
const iPop = ['Jadwal KRL Commuter Line Berubah Mulai Senin', 'Banjir Rendam Tiga Kelurahan di Jakarta Timur', 'Tarif Parkir Baru Berlaku Bulan Depan'];
const baca = (t: string) => `<p><strong>${t.replace(/^Baca juga: (.*)$/, 'Baca juga: <a href="#" class="inner-link-baca-juga">$1</a>')}</strong></p>`;
const iHtml = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${iTitle} Halaman all - Wartanusa.com</title>
<meta name="content_category" content="Megapolitan"><meta name="content_author" content="Dewi Anggraini"><meta name="content_editor" content="Bagus Prasetyo">
<meta name="content_PublishedDate" content="2026-03-04 14:21:07"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${iTitle}",
"author":{"@type":"Person","name":"Dewi Anggraini"},"datePublished":"2026-03-04T14:21:07+07:00"}</script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script></head><body>
<div class="nav nav--top"><a href="/" class="logo">WARTANUSA.com</a><a href="/login" class="nav__login">Masuk</a></div>
<div class="nav nav--channel"><ul class="nav__wrap">${links(iNav, 'nav__item')}</ul></div>
<div class="container clearfix"><div class="breadcrumb"><ul class="breadcrumb__wrap"><li class="breadcrumb__item"><a href="/">Home</a></li>
<li class="breadcrumb__item"><a href="/megapolitan">Megapolitan</a></li></ul></div>
<div class="col-bs10-7"><div class="read__header"><h1 class="read__title">${iTitle}</h1>
<div class="read__info"><div class="read__time">Wartanusa.com - 04/03/2026, 14:21 WIB</div></div></div>
<div class="photo"><div class="photo__wrap"><img src="https://asset.wartanusa.example/crops/cabai.jpg" alt="Ilustrasi cabai rawit"></div>
<div class="photo__caption">Pedagang menata cabai rawit di Pasar Kembang Sari, Jakarta, Rabu (4/3/2026).</div>
<div class="photo__author">WARTANUSA.com/DEWI ANGGRAINI</div></div>
<div class="read__credit clearfix"><div class="credit-title-name"><h6>Penulis</h6><h6><a href="/penulis/dewi">Dewi Anggraini</a></h6></div>
<div class="credit-title-name"><h6>Editor</h6><h6><a href="/editor/bagus">Bagus Prasetyo</a></h6></div></div>
<div class="social--inline"><span>Bagikan artikel ini</span><a href="#" class="social__fb">Facebook</a><a href="#" class="social__wa">WhatsApp</a>
<a href="#" class="social__tw">X</a><a href="#" class="social__copy">Salin Link</a></div>
<div class="read__content"><div class="clearfix">
${ps(iP.slice(0, 4))}
${baca(iBaca[0] ?? '')}
${ps(iP.slice(4, 8))}
<div class="ads-on-body"><span class="ads-label">Advertisement</span><div id="div-gpt-ad-inside-1"></div></div>
${baca(iBaca[1] ?? '')}
${ps(iP.slice(8))}
</div></div>
<div class="wa-channel"><p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Wartanusa.com
WhatsApp Channel.</p><a href="#">Pastikan kamu sudah install aplikasi WhatsApp ya.</a></div>
<div class="tag"><h3 class="tag__title">Tag</h3>
<ul class="tag__article__wrap">${links(['inflasi pangan', 'Pasar Tradisional Jakarta', 'bahan pokok'], 'tag__article__item')}</ul></div>
<div class="most__wrap"><h3 class="title">Berita Terkait</h3><ul>${links(iRel, 'most__item')}</ul></div>
<div class="comment"><p>Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!</p></div></div>
<div class="col-bs10-3"><div class="most"><h3 class="title">Terpopuler</h3><ol>${links(iPop, 'most__item')}</ol></div></div></div>
<footer class="footer"><ul>${links(['Tentang Kami', 'Pedoman Media Siber', 'Kebijakan Data Pribadi', 'Kontak'])}</ul>
<p>Copyright 2008 - 2026 PT. Warta Nusantara Digital. All Rights Reserved.</p></footer></body></html>`;
export const idNews: TestPage = {
  name: 'heldout252-kompas-style-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [],
  body: texts(iP),
  bylines: ['Wartanusa.com - 04/03/2026, 14:21 WIB', 'Dewi Anggraini', 'Bagus Prasetyo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Masuk', ...iNav, 'Home', 'Pedagang menata cabai rawit di Pasar Kembang Sari, Jakarta, Rabu (4/3/2026).',
    'WARTANUSA.com/DEWI ANGGRAINI', 'Penulis', 'Editor', 'Bagikan artikel ini', 'Facebook', 'WhatsApp', 'Salin Link', ...iBaca, 'Advertisement',
    'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Wartanusa.com WhatsApp Channel.',
    'Pastikan kamu sudah install aplikasi WhatsApp ya.', 'Tag', 'inflasi pangan', 'Pasar Tradisional Jakarta', 'bahan pokok', 'Berita Terkait', ...iRel,
    'Tulis komentarmu dengan tagar #JernihBerkomentar dan menangkan e-voucher untuk 90 pemenang!', 'Terpopuler', ...iPop, 'Tentang Kami',
    'Pedoman Media Siber', 'Kebijakan Data Pribadi', 'Kontak', 'Copyright 2008 - 2026 PT. Warta Nusantara Digital. All Rights Reserved.',
  ],
};
