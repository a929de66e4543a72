import { links, ps, type TestPage, texts } from './page-kit.js';
import { heNews } from './pages-heldout252-f2.js';
import { jc } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file f: a Thai lifestyle blog post on WordPress built with the Elementor page builder (header and footer
 * templates made of elementor sections, columns and widget containers, the nav-menu widget, the heading widget as h1, the
 * post-info widget with author / date / reading time, text-editor widgets holding the body, an image widget with caption,
 * the share-buttons widget, a "บทความแนะนำ" posts widget, an Elementor popup for the newsletter and the cookie notice).
 */
const wTitle = '5 ต้นไม้ฟอกอากาศ ปลูกง่ายในคอนโดที่แดดน้อย';
const wIntro = [
  jc(
    'ใครอยู่คอนโดคงรู้ดีว่าแสงแดดเป็นของหายาก โดยเฉพาะห้องที่หันไปทางทิศเหนือหรือมีตึกข้าง ๆ บังอยู่ ',
    'หลายคนเลยคิดว่าปลูกต้นไม้ในห้องไม่ได้ แต่จริง ๆ แล้วมีต้นไม้หลายชนิดที่ชอบแสงรำไร และดูแลง่ายมาก ๆ',
  ),
  jc('วันนี้เราเลือกมาห้าต้นที่ลองปลูกเองในห้องขนาด 28 ตารางเมตรมาเกือบสองปี รอดทุกต้น และช่วยให้ห้องดูสดชื่นขึ้นเยอะเลยค่ะ'),
];
const wH = ['1. ลิ้นมังกร', '2. พลูด่าง', '3. เดหลี', '4. ยางอินเดีย', '5. เฟิร์นบอสตัน', 'เคล็ดลับดูแลต้นไม้ในห้องแดดน้อย'];
const wPlants = [
  jc('ลิ้นมังกรเป็นต้นไม้ที่อึดที่สุดในลิสต์นี้ รดน้ำแค่สองสัปดาห์ครั้งก็พอ ทนแสงน้อยได้ดี ', 'และคายออกซิเจนในเวลากลางคืน เหมาะจะวางไว้ในห้องนอน'),
  jc('พลูด่างโตเร็วและขยายพันธุ์ง่ายมาก แค่ตัดกิ่งไปแช่น้ำไม่กี่วันก็แตกรากแล้ว ', 'จะปลูกในกระถางแขวนให้ห้อยลงมา หรือให้เลื้อยขึ้นไม้ค้ำก็สวยทั้งคู่'),
  jc('เดหลีมีดอกสีขาวสวยงาม ชอบความชื้นและแสงรำไร ถ้าใบเริ่มตก แปลว่าถึงเวลารดน้ำแล้ว ', 'แต่ระวังอย่าให้สัตว์เลี้ยงกัดกินใบ เพราะมีสารที่ทำให้ระคายเคือง'),
  jc('ยางอินเดียใบใหญ่ มันวาว ช่วยให้มุมห้องดูมีชีวิตชีวา ควรเช็ดฝุ่นบนใบด้วยผ้าชื้นเดือนละครั้ง ', 'ใบจะได้สังเคราะห์แสงได้เต็มที่'),
  jc('เฟิร์นบอสตันชอบความชื้นมาก เหมาะกับห้องน้ำที่มีหน้าต่าง ถ้าวางในห้องแอร์ ควรฉีดน้ำที่ใบทุกเช้า'),
];
const wTips = [
  'หมุนกระถางทุกสัปดาห์ ให้ต้นไม้ได้รับแสงทั่วทุกด้าน',
  'ใช้กระถางที่มีรูระบายน้ำ เพราะรากเน่าคือสาเหตุอันดับหนึ่งที่ต้นไม้ในห้องตาย',
  'ใส่ปุ๋ยน้ำเจือจางเดือนละครั้งในช่วงฤดูฝน',
  'ถ้าแสงน้อยจริง ๆ ลองใช้ไฟปลูกต้นไม้แบบ LED เปิดวันละ 8-10 ชั่วโมง',
];
const wOutro = [
  jc(
    'อีกเรื่องที่หลายคนมองข้ามคือแอร์ ลมแอร์ที่เป่าตรง ๆ ทำให้ใบแห้งและขอบใบไหม้ได้ง่าย ควรวางต้นไม้ให้ห่างจากช่องลมอย่างน้อยหนึ่งเมตร ',
    'และถ้าห้องแห้งมาก การวางถาดใส่กรวดกับน้ำไว้ใต้กระถางจะช่วยเพิ่มความชื้นรอบ ๆ ต้นได้ดี',
  ),
  jc('ลองเริ่มจากต้นเดียวก่อนก็ได้ค่ะ พอเห็นใบใหม่แตกออกมา รับรองว่าจะอยากปลูกเพิ่มอีกแน่นอน'),
];
const wMenu = ['หน้าแรก', 'บ้านและสวน', 'ตกแต่งห้อง', 'สูตรอาหาร', 'ไลฟ์สไตล์', 'ติดต่อเรา'];
const wRec = ['จัดมุมทำงานในคอนโด 25 ตร.ม. ให้ดูโปร่ง', 'ปลูกผักสวนครัวบนระเบียง เริ่มต้นยังไงดี', 'รีวิวกระถางดินเผาทำมือจากราชบุรี'];
const tw = (
  inner: string,
  cls: string,
) => `<div class="elementor-element elementor-widget ${cls}" data-widget_type="${cls.replace('elementor-widget-', '')}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (
  inner: string,
  id: string,
) => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const wHtml = `<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>${wTitle} - บ้านสวนละมุน</title>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<meta property="og:locale" content="th_TH"><meta property="og:type" content="article">
<link rel="stylesheet" href="/wp-content/uploads/elementor/css/post-88.css">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${wTitle}",
"datePublished":"2026-02-27T09:00:00+07:00"}]}</script>
</head><body class="post-template-default single single-post elementor-default elementor-template-full-width elementor-kit-5 elementor-page-231">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
${sec(
  tw('<a href="/"><img src="/logo.png" alt="บ้านสวนละมุน"></a><p class="elementor-heading-title">บ้านสวนละมุน</p>', 'elementor-widget-theme-site-logo') +
    tw(`<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(wMenu, 'menu-item')}</ul></nav>`, 'elementor-widget-nav-menu'),
  '1a2b3c4',
)}</div>
<div data-elementor-type="single-post" data-elementor-id="231" class="elementor elementor-231 elementor-location-single post-1042 post type-post">
${sec(
  tw(`<h1 class="elementor-heading-title elementor-size-default">${wTitle}</h1>`, 'elementor-widget-theme-post-title') +
    tw(
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-inline-item elementor-post-info__item--type-author">
<span class="elementor-icon-list-text">โดย น้ำฝน ใจดี</span></li>
<li class="elementor-icon-list-item elementor-inline-item elementor-post-info__item--type-date">
<span class="elementor-icon-list-text">27 กุมภาพันธ์ 2026</span></li>
<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text">อ่าน 4 นาที</span></li></ul>`,
      'elementor-widget-post-info',
    ),
  '5d6e7f8',
)}
${sec(
  tw(ps(wIntro), 'elementor-widget-text-editor') +
    tw(
      `<figure class="wp-caption"><img src="/wp-content/uploads/2026/02/plants.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">มุมต้นไม้ริมหน้าต่างในคอนโดของผู้เขียน</figcaption></figure>`,
      'elementor-widget-image',
    ) +
    wH
      .slice(0, 5)
      .map(
        (h, i) =>
          tw(`<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`, 'elementor-widget-heading') +
          tw(ps([wPlants[i] ?? '']), 'elementor-widget-text-editor'),
      )
      .join('\n') +
    tw(`<h2 class="elementor-heading-title elementor-size-default">${wH[5]}</h2>`, 'elementor-widget-heading') +
    tw(`<ul>${wTips.map((t) => `<li>${t}</li>`).join('')}</ul>${ps(wOutro)}`, 'elementor-widget-text-editor'),
  '9a0b1c2',
)}
${sec(
  tw(
    `<div class="elementor-share-buttons--view-icon-text"><div class="elementor-share-btn elementor-share-btn_facebook">
<span class="elementor-share-btn__title">แชร์</span></div>
<div class="elementor-share-btn elementor-share-btn_line"><span class="elementor-share-btn__title">LINE</span></div></div>`,
    'elementor-widget-share-buttons',
  ) +
    tw(
      `<h2 class="elementor-heading-title">บทความแนะนำ</h2><div class="elementor-posts-container">${wRec
        .map(
          (r) => `<article class="elementor-post">
<h3 class="elementor-post__title"><a href="#">${r}</a></h3></article>`,
        )
        .join('')}</div>`,
      'elementor-widget-posts',
    ),
  '3d4e5f6',
)}</div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">
${sec(tw('<p>บ้านสวนละมุน บล็อกบ้าน สวน และการใช้ชีวิตช้า ๆ</p><p>© 2026 บ้านสวนละมุน สงวนลิขสิทธิ์</p>', 'elementor-widget-text-editor'), '7a8b9c0')}</div>
<div data-elementor-type="popup" data-elementor-id="612" class="elementor elementor-612 elementor-location-popup"
data-elementor-settings="{&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;}}">
${sec(
  tw(
    '<h2 class="elementor-heading-title">รับบทความใหม่ทางอีเมล</h2><p>สมัครรับจดหมายข่าวรายสัปดาห์ ฟรี</p><button class="elementor-button">สมัครเลย</button>',
    'elementor-widget-form',
  ),
  '1f2e3d4',
)}</div>
<div id="cookie-law-info-bar"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน</span><a role="button" id="cookie_action_close_header">ยอมรับ</a></div>
<script>var ElementorProFrontendConfig={"ajaxurl":"\\/wp-admin\\/admin-ajax.php","nonce":"a1b2c3d4e5"};</script></body></html>`;
const elementor: TestPage = {
  name: 'heldout252-elementor-thai-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wIntro, ...wPlants, ...wTips, ...wOutro]),
  bylines: ['โดย น้ำฝน ใจดี', '27 กุมภาพันธ์ 2026', 'อ่าน 4 นาที'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'บ้านสวนละมุน', ...wMenu, 'มุมต้นไม้ริมหน้าต่างในคอนโดของผู้เขียน', 'แชร์', 'LINE', 'บทความแนะนำ', ...wRec,
    'บ้านสวนละมุน บล็อกบ้าน สวน และการใช้ชีวิตช้า ๆ',
    '© 2026 บ้านสวนละมุน สงวนลิขสิทธิ์', 'รับบทความใหม่ทางอีเมล', 'สมัครรับจดหมายข่าวรายสัปดาห์ ฟรี', 'สมัครเลย',
    'เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน', 'ยอมรับ',
  ],
};

export const HELDOUT252_F: readonly TestPage[] = [elementor, heNews];
