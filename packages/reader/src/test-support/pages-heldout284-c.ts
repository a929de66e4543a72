import { links, type TestPage } from './page-kit.js';
import { krNaver } from './pages-heldout284-c2.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file c: a Thai lifestyle blog post on the JNews WordPress theme (jeg_header with the menu, jeg_breadcrumbs,
 * jeg_post_title and subtitle, jeg_meta_container with author, date and reading time, the jeg_share_top_container share bar,
 * featured image with caption, an inline "อ่านเพิ่มเติม" link, tags, the author box, jeg_postblock related posts, the
 * Facebook comments box, sidebar with the popular posts widget and a LINE sign-up box, PDPA cookie consent and the footer)
 * and, from file c2, a Naver-style Korean portal news article.
 */
const thTitle = 'เที่ยวตลาดน้ำบางกระแชงวันธรรมดา: กินอะไรดี และควรไปกี่โมง';
const thSub = 'ตลาดน้ำเล็กๆ ริมคลองที่คนในพื้นที่ยังใช้ชีวิตจริง พร้อมร้านอร่อยที่เราลองมาแล้ว';
// biome-ignore format: Thai text is measured narrower than its characters, and the lines are kept under 160 characters
const thArt = art(
  [
    j(
      'ถ้าเบื่อตลาดน้ำที่คนแน่นจนเดินไม่ได้ ตลาดน้ำบางกระแชงคือคำตอบที่เราอยากแนะนำ ตลาดแห่งนี้อยู่ห่างจากตัวเมืองประมาณสี่สิบนาที',
      'เปิดทุกวันตั้งแต่หกโมงเช้าถึงบ่ายสองโมง และวันธรรมดาแทบไม่มีนักท่องเที่ยวเลย มีแต่ชาวบ้านที่พายเรือมาขายของกันจริงๆ',
    ),
    j(
      'เราไปถึงตอนเจ็ดโมงครึ่ง ซึ่งเป็นเวลาที่ดีที่สุด แม่ค้าเพิ่งตั้งร้านเสร็จ ของยังครบทุกอย่าง และแดดยังไม่ร้อนเกินไป',
      'ถ้าไปหลังสิบโมง ร้านขนมหลายร้านจะเริ่มเก็บของแล้ว',
    ),
    { h: 'ร้านที่ห้ามพลาด' },
    {
      ol: [
        'ก๋วยเตี๋ยวเรือป้าสมใจ น้ำซุปเข้มข้น ชามละสี่สิบบาท ขายบนเรือลำเล็กหน้าศาลาท่าน้ำ',
        'ขนมครกใบเตยของลุงเพิ่ม หอมกะทิ กรอบนอกนุ่มใน ต้องรอคิวประมาณสิบนาที',
        'กาแฟโบราณร้านริมคลอง นั่งดื่มบนแพไม้แล้วดูเรือผ่านไปมา',
        'ผลไม้ตามฤดูจากสวนหลังตลาด ช่วงนี้มีชมพู่และมะม่วงน้ำดอกไม้',
      ],
    },
    { h: 'การเดินทางและค่าใช้จ่าย' },
    j(
      'ถ้าขับรถมาเอง มีลานจอดรถของวัดบางกระแชงให้จอดฟรี เดินต่ออีกประมาณห้านาทีก็ถึงตลาด ถ้าใช้รถสาธารณะ',
      'ให้นั่งรถสองแถวสายสีฟ้าจากตลาดสดในเมือง ค่ารถคนละยี่สิบบาท',
    ),
    {
      th: ['รายการ', 'ราคาโดยประมาณ'],
      rows: [
        ['ก๋วยเตี๋ยวเรือ', '40 บาท'],
        ['ขนมครกใบเตย', '30 บาท'],
        ['นั่งเรือชมคลอง 30 นาที', '60 บาท'],
      ],
    },
    j(
      'ทั้งวันเราใช้เงินไปไม่ถึงสามร้อยบาท รวมค่าเรือชมคลองที่ชาวบ้านพาไปดูบ้านไม้เก่าอายุเกือบร้อยปีด้วย',
      'คุณลุงคนพายเรือเล่าเรื่องคลองสายนี้ให้ฟังตลอดทาง เป็นช่วงที่เราชอบที่สุดของทริปนี้',
    ),
    { h: 'ข้อควรรู้ก่อนไป' },
    {
      ul: [
        'เตรียมเงินสดไปด้วย หลายร้านยังไม่รับโอนเงิน',
        'พกถุงผ้าไปใส่ของ ตลาดกำลังรณรงค์ลดถุงพลาสติก',
        'วันพระใหญ่ตลาดจะปิดครึ่งวัน ควรเช็กปฏิทินก่อนเดินทาง',
      ],
    },
    j('สำหรับใครที่อยากเห็นตลาดน้ำแบบที่ยังมีชีวิต ไม่ได้จัดฉากไว้ให้นักท่องเที่ยว บางกระแชงคือที่ที่เราอยากกลับไปอีกแน่นอน'),
  ],
  { h: 'h2 class="wp-block-heading"' },
);
const thMenu = ['หน้าแรก', 'เที่ยวไทย', 'ร้านอร่อย', 'ที่พัก', 'ไลฟ์สไตล์', 'ติดต่อเรา'];
const thRelated = ['ตลาดริมทางรถไฟที่ยังไม่ค่อยมีคนรู้จัก', 'ห้าร้านกาแฟริมแม่น้ำที่นั่งได้ทั้งวัน', 'ทริปวันเดียวปั่นจักรยานรอบทุ่งนา'];
const thPopular = ['รวมที่เที่ยวหน้าฝนใกล้กรุงเทพฯ', 'วิธีเลือกที่พักโฮมสเตย์ให้ไม่ผิดหวัง', 'สิบเมนูอาหารเช้าริมทางที่ต้องลอง'];
const thTags = ['ทริปสายกิน', 'เที่ยวใกล้กรุง', 'รีวิวตลาด'];
const thHtml = `<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>${thTitle} - เที่ยวไปกินไป บล็อก</title>
<meta property="og:locale" content="th_TH"><meta property="og:type" content="article"><meta property="og:title" content="${thTitle}">
<meta property="article:published_time" content="2026-03-07T09:30:00+07:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${thTitle}","author":{"@type":"Person","name":"มะปราง"},
"datePublished":"2026-03-07T09:30:00+07:00"}</script>
<link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.1" media="all">
<script>var jnews_ajax_url = '/?ajax-request=jnews';</script></head>
<body class="post-template-default single single-post jeg_toggle_light jnews jsc_normal">
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_midbar jeg_container normal">
<div class="jeg_logo jeg_desktop_logo"><a href="/">เที่ยวไปกินไป</a></div>
<div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1">${links(thMenu, 'menu-item')}</ul></div></div></div></div>
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content"><div class="jeg_breadcrumbs jeg_breadcrumb_container">
<div id="breadcrumbs"><span><a href="/">หน้าแรก</a></span><i class="fa fa-angle-right"></i><span><a href="/category/travel/">เที่ยวไทย</a></span></div></div>
<div class="entry-header"><h1 class="jeg_post_title">${thTitle}</h1><h2 class="jeg_post_subtitle">${thSub}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">
<div class="jeg_meta_author"><span class="meta_text">โดย</span> <a href="/author/maprang/">มะปราง</a></div>
<div class="jeg_meta_date"><a href="#">7 มีนาคม 2026</a></div></div>
<div class="meta_right"><div class="jeg_meta_reading_time"><span>อ่าน 4 นาที</span></div></div></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist">
<a href="#" class="jeg_btn-facebook expanded"><span>แชร์ Facebook</span></a><a href="#" class="jeg_btn-line"><span>LINE</span></a>
<a href="#" class="jeg_btn-twitter"><span>X</span></a></div></div></div>
<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2026/03/bangkrachaeng.jpg"><div class="thumbnail-container">
<img src="/wp-content/uploads/2026/03/bangkrachaeng-750x375.jpg" alt="ตลาดน้ำบางกระแชง"></div></a>
<p class="wp-caption-text">เรือขายก๋วยเตี๋ยวหน้าศาลาท่าน้ำ ภาพโดยผู้เขียน</p></div>
<div class="jeg_ad jeg_ad_article jnews_content_top_ads"><span class="ads-text">ADVERTISEMENT</span></div>
<div class="entry-content no-share"><div class="content-inner">
${thArt.html}
<p class="jnews_inline_related_post"><strong>อ่านเพิ่มเติม:</strong> <a href="/talad-rot-fai/">ตลาดริมทางรถไฟที่ยังไม่ค่อยมีคนรู้จัก</a></p>
<div class="jeg_post_tags"><span>Tags:</span> ${thTags.map((t) => `<a href="/tag/" rel="tag">${t}</a>`).join(' ')}</div></div></div>
<div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/maprang/">มะปราง</a></h3>
<p class="jeg_author_desc">นักเขียนสายกินเที่ยว ชอบตลาดเช้าและร้านข้าวแกงริมทาง</p></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook"><div class="jeg_block_heading">
<h3 class="jeg_block_title"><span>บทความที่เกี่ยวข้อง</span></h3></div><div class="jeg_posts_wrap">
${thRelated.map((t) => `<article class="jeg_post"><h3 class="jeg_post_title"><a href="/">${t}</a></h3></article>`).join('\n')}</div></div></div>
<div class="jnews_comment_container"><div class="jeg_fb_comment"><h3 class="comment-heading">ความคิดเห็น</h3>
<div class="fb-comments" data-href="https://tiewpaikinpai.example/bangkrachaeng/" data-numposts="5"></div></div></div></div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title">
<span>ยอดนิยม</span></h3></div>${thPopular.map((t) => `<div class="jeg_post"><h3 class="jeg_post_title"><a href="/">${t}</a></h3></div>`).join('\n')}</div>
<div class="widget widget_text"><div class="textwidget"><p>รับบทความใหม่ทุกสัปดาห์ เพิ่มเพื่อนใน LINE ของเรา</p>
<a class="btn-line" href="#">เพิ่มเพื่อน</a></div></div></div></div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1"><div class="jeg_footer_bottom">
<p class="copyright">© 2026 เที่ยวไปกินไป สงวนลิขสิทธิ์</p><ul class="jeg_menu_footer">${links(['นโยบายความเป็นส่วนตัว', 'ติดต่อเรา'])}</ul></div></div>
</div></div>
<div class="pdpa-consent-bar"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</p><button class="pdpa-accept">ยอมรับทั้งหมด</button>
<button class="pdpa-setting">ตั้งค่าคุกกี้</button></div>
<script src="/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.1"></script></body></html>`;
const thBlog: TestPage = {
  name: 'heldout284-tiewpaikinpai-jnews-blog',
  kind: 'blog',
  html: thHtml,
  title: thTitle,
  headings: thArt.headings,
  body: [thSub, ...thArt.body],
  bylines: ['มะปราง', '7 มีนาคม 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'เที่ยวไปกินไป', ...thMenu, 'โดย', 'อ่าน 4 นาที', 'แชร์ Facebook', 'LINE', 'เรือขายก๋วยเตี๋ยวหน้าศาลาท่าน้ำ ภาพโดยผู้เขียน', 'ADVERTISEMENT',
    'อ่านเพิ่มเติม:', 'Tags:', ...thTags, 'นักเขียนสายกินเที่ยว ชอบตลาดเช้าและร้านข้าวแกงริมทาง', 'บทความที่เกี่ยวข้อง', ...thRelated, 'ความคิดเห็น',
    'ยอดนิยม', ...thPopular, 'รับบทความใหม่ทุกสัปดาห์ เพิ่มเพื่อนใน LINE ของเรา', 'เพิ่มเพื่อน', '© 2026 เที่ยวไปกินไป สงวนลิขสิทธิ์',
    'นโยบายความเป็นส่วนตัว', 'เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน', 'ยอมรับทั้งหมด', 'ตั้งค่าคุกกี้',
  ],
};

export const HELDOUT284_C: readonly TestPage[] = [thBlog, krNaver];
