import { links, type TestPage } from './page-kit.js';
import { trElementor } from './pages-heldout284-d2.js';
import { art, j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file d: a Vietnamese news site on a VnExpress-style template (top header with date, main nav, the
 * breadcrumb with date, h1.title-detail, p.description sapo, article.fck_detail with p.Normal paragraphs, a tplCaption
 * figure, the author line written as a right-aligned p.Normal with strong, a box-tinlienquanv2 related box, tags, the
 * social share column, the comment box, the "Xem nhiều" sidebar and the footer) and, from file d2, a Turkish columnist's
 * post on an Elementor-built WordPress site.
 */
const viTitle = 'Hà Thanh thử nghiệm xe buýt điện miễn phí trên ba tuyến ven sông';
const viSapo = 'Từ đầu tháng 4, người dân đi ba tuyến xe buýt điện ven sông Lam Giang sẽ không phải trả tiền vé trong sáu tháng thử nghiệm.';
const viArt = art(
  [
    j(
      'Sở Giao thông vận tải tỉnh Hà Thanh cho biết 24 xe buýt điện sẽ chạy trên ba tuyến nối trung tâm thành phố với các khu dân cư',
      'ven sông Lam Giang. Mỗi tuyến dài từ 12 đến 18 km, xe chạy từ 5h30 đến 21h, tần suất 15 phút một chuyến vào giờ cao điểm.',
    ),
    j(
      'Theo ông Trịnh Văn Khải, Phó giám đốc Sở, chương trình miễn phí nhằm thu hút người dân bỏ xe máy để đi phương tiện công cộng.',
      'Kinh phí khoảng 19 tỷ đồng được lấy từ ngân sách tỉnh và một phần tài trợ của doanh nghiệp vận tải.',
    ),
    { h: 'Ba tuyến thử nghiệm' },
    {
      ul: [
        'Tuyến E1: Bến xe Trung tâm - Cầu Lam Giang - Khu đô thị Bắc Sông;',
        'Tuyến E2: Chợ Đình - Bệnh viện tỉnh - Bến thuyền Xóm Bãi;',
        'Tuyến E3: Quảng trường Hà Thanh - Trường Đại học Ven Sông - Khu công nghiệp Đông Lam.',
      ],
    },
    j(
      'Tất cả xe đều có chỗ cho xe lăn, camera giám sát và màn hình báo trạm. Hành khách có thể theo dõi vị trí xe qua ứng dụng',
      'của Sở, nơi cũng sẽ thu thập ý kiến góp ý trong suốt thời gian thử nghiệm.',
    ),
    { h: 'Người dân mong chờ, doanh nghiệp lo hạ tầng sạc' },
    j(
      'Bà Nguyễn Thị Hồng Vân, 58 tuổi, sống ở khu Bắc Sông, nói mỗi ngày bà đi chợ Đình bằng xe ôm với giá 30.000 đồng. "Nếu xe',
      'buýt đúng giờ thì tôi đi ngay, vừa đỡ tiền vừa không phải dầm mưa", bà nói.',
    ),
    j(
      'Trong khi đó, đại diện doanh nghiệp vận hành cho rằng thành phố mới có hai trạm sạc nhanh, chưa đủ cho đội xe nếu mở rộng',
      'thêm tuyến. Sở cho biết sẽ xây thêm ba trạm sạc tại các điểm đầu cuối trước tháng 9.',
    ),
    {
      th: ['Chỉ tiêu', 'Mục tiêu sau 6 tháng'],
      rows: [
        ['Lượt khách mỗi ngày', '8.000'],
        ['Tỷ lệ chuyến đúng giờ', '90%'],
      ],
    },
    j(
      'Sau sáu tháng, tỉnh sẽ đánh giá số lượt khách và chi phí vận hành để quyết định có tiếp tục miễn phí hay chuyển sang thu vé',
      'với giá ưu đãi. Nếu thành công, mô hình có thể được nhân rộng ra các huyện lân cận từ năm sau.',
    ),
  ],
  { p: ' class="Normal"', h: 'h2 class="Normal"' },
);
const viMenu = ['Thời sự', 'Góc nhìn', 'Thế giới', 'Kinh doanh', 'Khoa học', 'Giải trí', 'Thể thao', 'Pháp luật', 'Giáo dục', 'Sức khỏe'];
const viRelated = ['Hà Thanh lắp 40 nhà chờ xe buýt mới', 'Xe điện có thực sự rẻ hơn xe xăng khi đi trong phố?'];
const viMost = [
  'Mưa lớn kéo dài ở các tỉnh ven biển',
  'Giá vàng tăng phiên thứ ba liên tiếp',
  'Trường học đầu tiên bỏ thi giữa kỳ',
  'Đội tuyển bóng chuyền nữ vào bán kết',
];
const viTags = ['Phương tiện công cộng xanh', 'Giao thông Hà Thanh'];
const viCmt = 'Nên có thêm tuyến lên khu công nghiệp phía tây, công nhân ở đó đi lại rất vất vả.';
const viHtml = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${viTitle} - Tin Nhanh Việt</title>
<meta name="description" content="${viSapo}"><meta name="its_section" content="thoi-su"><meta name="its_author" content="Lê Minh Châu">
<meta property="og:type" content="article"><meta name="pubdate" content="2026-03-11T07:00:00+07:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${viTitle}","datePublished":"2026-03-11T07:00:00+07:00",
"author":{"@type":"Person","name":"Lê Minh Châu"},"publisher":{"@type":"Organization","name":"Tin Nhanh Việt"}}</script>
<script>var article_id = 4871203; var category_id = 1001005; var ads_zone = "thoisu";</script></head>
<body class="page-detail"><header class="section header"><div class="container flexbox"><a class="logo" href="/">Tin Nhanh Việt</a>
<span class="time-now">Thứ tư, 11/3/2026</span><div class="myvne_login"><a href="#" class="login-now">Đăng nhập</a></div></div></header>
<nav class="main-nav"><ul class="parent">${links(viMenu, 'thoisu')}</ul></nav>
<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
<div class="header-content width_common"><ul class="breadcrumb">${links(['Thời sự', 'Giao thông đô thị'])}</ul>
<span class="date">Thứ tư, 11/3/2026, 07:00 (GMT+7)</span></div>
<h1 class="title-detail">${viTitle}</h1>
<p class="description">${viSapo}</p>
<article class="fck_detail ">
<figure data-size="true" class="tplCaption action_thumb_added"><div class="fig-picture"><picture><img itemprop="contentUrl" alt="Xe buýt điện"
src="https://i1-vnexpress.example/2026/03/11/xe-buyt-dien.jpg"></picture></div>
<figcaption itemprop="description"><p class="Image">Xe buýt điện chạy thử trên cầu Lam Giang hôm 10/3. Ảnh: Đức Tâm</p></figcaption></figure>
${viArt.html}
<div class="box-tinlienquanv2"><article class="item-news"><h4 class="title-news"><a href="/ha-thanh-nha-cho">${viRelated[0]}</a></h4></article>
<article class="item-news"><h4 class="title-news"><a href="/xe-dien-re-hon">${viRelated[1]}</a></h4></article></div>
<p class="Normal" style="text-align:right;"><strong>Lê Minh Châu</strong></p>
</article>
<div class="footer-content"><div class="tags"><h4 class="item-tag"><a href="#">${viTags[0]}</a></h4><h4 class="item-tag"><a href="#">${viTags[1]}</a></h4>
</div></div>
<div class="social_pin"><a href="#" class="btn_facebook">Chia sẻ Facebook</a><a href="#" class="btn_twitter">Twitter</a>
<a href="#" class="link_copy">Sao chép liên kết</a></div>
<div class="box_comment_vne width_common" id="box_comment_vne"><h3 class="title_box_category">Ý kiến (1)</h3>
<div class="box-area-input"><textarea placeholder="Chia sẻ ý kiến của bạn"></textarea></div>
<div class="comment_item"><div class="content-comment"><p class="full_content"><span class="txt-name"><a href="#" class="nickname"><b>Hoàng Phúc</b></a></span>
${viCmt}</p><div class="reactions-total"><span class="time-com">2h trước</span> <a class="link_reply" href="#">Trả lời</a></div></div></div></div></div>
<div class="sidebar-2"><div class="box-news-other"><h3 class="title-box">Xem nhiều</h3><ul>${links(viMost, 'item-news')}</ul></div>
<div class="banner-ads"><span class="ads-label">Quảng cáo</span></div></div></div></section>
<footer class="footer"><div class="container"><p class="copyright">© Copyright 1997-2026 Tin Nhanh Việt, All rights reserved.</p>
<p class="license">Giấy phép số 000/GP-BTTTT. Toàn bộ bản quyền thuộc Tin Nhanh Việt.</p>
<ul class="footer-links">${links(['Liên hệ tòa soạn', 'Thông tin tòa soạn', 'Điều khoản sử dụng', 'Chính sách bảo mật'])}</ul></div></footer>
<script src="https://s1.vnecdn.example/vnexpress/restruct/j/v2/detail.js" async></script></body></html>`;
const viNews: TestPage = {
  name: 'heldout284-tinnhanhviet-vnexpress-style-news',
  kind: 'news',
  html: viHtml,
  title: viTitle,
  headings: viArt.headings,
  body: [viSapo, ...viArt.body],
  bylines: ['Thứ tư, 11/3/2026, 07:00 (GMT+7)', 'Lê Minh Châu'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tin Nhanh Việt', 'Thứ tư, 11/3/2026', 'Đăng nhập', ...viMenu, 'Giao thông đô thị', 'Xe buýt điện chạy thử trên cầu Lam Giang hôm 10/3. Ảnh: Đức Tâm',
    ...viRelated, ...viTags, 'Chia sẻ Facebook', 'Twitter', 'Sao chép liên kết', 'Ý kiến (1)', 'Hoàng Phúc', viCmt, '2h trước', 'Trả lời', 'Xem nhiều',
    ...viMost, 'Quảng cáo', '© Copyright 1997-2026 Tin Nhanh Việt, All rights reserved.', 'Giấy phép số 000/GP-BTTTT. Toàn bộ bản quyền thuộc Tin Nhanh Việt.',
    'Liên hệ tòa soạn', 'Thông tin tòa soạn', 'Điều khoản sử dụng', 'Chính sách bảo mật',
  ],
};

export const HELDOUT284_D: readonly TestPage[] = [viNews, trElementor];
