import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout252-kit.js';

/**
 * Held-out batch 252, file e2: a Vietnamese news site article on a VnExpress-style template (top header, main menu, the
 * breadcrumb with the date beside it, h1.title-detail, p.description, the fck_detail article with p.Normal paragraphs, a
 * tplCaption figure, the author name right-aligned at the end, the "Xem thêm" link box, tags, the like / share bar, the
 * comment box "Ý kiến", "Tin cùng chuyên mục" and the footer).
 */
const eTitle = 'Thành phố Hải Lâm mở thêm 5 tuyến xe buýt điện nối khu công nghiệp';
const eDesc = 'Từ ngày 15/3, năm tuyến xe buýt điện mới sẽ nối trung tâm Hải Lâm với hai khu công nghiệp phía tây, giá vé 7.000 đồng mỗi lượt.';
const eP = [
  j(
    'Sở Giao thông Vận tải thành phố Hải Lâm cho biết năm tuyến xe buýt mới sử dụng tổng cộng 46 xe điện, mỗi xe chở được',
    'khoảng 60 hành khách. Các tuyến chạy từ 5h đến 22h, tần suất 10-15 phút một chuyến vào giờ cao điểm.',
  ),
  j(
    'Theo ông Trần Văn Phúc, Phó giám đốc Sở, hai khu công nghiệp Tây Hà và Phú Lộc hiện có khoảng 85.000 công nhân, phần lớn',
    'đi làm bằng xe máy. "Mỗi sáng, đường vào khu công nghiệp ùn tắc kéo dài gần một giờ. Xe buýt điện là cách giảm áp lực',
    'giao thông và khói bụi," ông Phúc nói.',
  ),
  j(
    'Công nhân có thể mua vé tháng với giá 150.000 đồng. Một số doanh nghiệp trong khu công nghiệp đã đăng ký mua vé tháng',
    'cho toàn bộ người lao động như một khoản phúc lợi.',
  ),
  j(
    'Chị Nguyễn Thị Hoa, công nhân một nhà máy may ở Tây Hà, cho biết mỗi ngày chị đi xe máy gần 20 km. "Nếu xe buýt chạy đúng giờ,',
    'tôi sẽ đi xe buýt vì vừa an toàn vừa đỡ tiền xăng," chị nói.',
  ),
  j(
    'Để phục vụ các tuyến mới, thành phố đã xây dựng một bãi sạc với 24 trụ sạc nhanh tại khu vực phía tây. Mỗi xe sạc đầy',
    'trong khoảng hai giờ và chạy được 220 km.',
  ),
  j(
    'Hiện Hải Lâm có 32 tuyến xe buýt, trong đó 9 tuyến đã chuyển sang xe điện. Thành phố đặt mục tiêu đến năm 2030 toàn bộ',
    'xe buýt công cộng sử dụng năng lượng sạch.',
  ),
  j(
    'Tuy nhiên, một số chuyên gia giao thông cho rằng cần bổ sung làn đường riêng cho xe buýt trên các trục chính, nếu không',
    'xe buýt cũng sẽ bị kẹt giữa dòng xe máy vào giờ cao điểm.',
  ),
];
const eNav = ['Thời sự', 'Góc nhìn', 'Thế giới', 'Kinh doanh', 'Khoa học', 'Giải trí', 'Thể thao', 'Pháp luật', 'Giáo dục', 'Sức khỏe'];
const eSame = ['Cầu vượt nút giao phía bắc thông xe sau hai năm thi công', 'Hải Lâm thí điểm thu phí đỗ xe qua ứng dụng'];
const eHtml = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${eTitle} - TinNhanh</title>
<meta name="description" content="${eDesc}"><meta name="its_section" content="thoi-su"><meta name="its_author" content="Minh Châu">
<meta name="pubdate" content="2026-03-04T08:15:00+07:00"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}"}</script></head>
<body><header class="header"><a href="/" class="logo">TinNhanh</a><span class="time-now">Thứ tư, 4/3/2026</span>
<a href="/login" class="log_in">Đăng nhập</a></header><nav class="main-nav"><ul>${links(eNav)}</ul></nav>
<section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
<div class="header-content width_common">
<ul class="breadcrumb"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thoi-su/giao-thong">Giao thông</a></li></ul>
<span class="date">Thứ tư, 4/3/2026, 08:15 (GMT+7)</span></div>
<h1 class="title-detail">${eTitle}</h1><p class="description">${eDesc}</p>
<article class="fck_detail">
<p class="Normal">${eP[0]}</p><p class="Normal">${eP[1]}</p>
<figure class="tplCaption"><div class="fig-picture"><img src="/2026/03/04/xe-buyt-dien.jpg" alt=""></div>
<figcaption><p class="Image">Xe buýt điện chạy thử trên tuyến Tây Hà - trung tâm. Ảnh: Minh Châu</p></figcaption></figure>
${eP
  .slice(2)
  .map((p) => `<p class="Normal">${p}</p>`)
  .join('\n')}
<p class="Normal" style="text-align:right;"><strong>Minh Châu</strong></p></article>
<div class="box-tinlienquan"><p class="title">Xem thêm</p><ul>${links(['Hải Lâm đặt mục tiêu 100% xe buýt điện vào năm 2030'])}</ul></div>
<div class="tags"><h4>Tags</h4><a href="/tag/xe-buyt-dien">xe buýt điện</a><a href="/tag/khu-cong-nghiep">khu công nghiệp</a></div>
<div class="footer-content"><button class="btn-like">Thích</button><span>Chia sẻ</span><a href="#">Facebook</a><a href="#">Sao chép liên kết</a></div>
<div class="box_comment_vne"><h3 class="title_box_category">Ý kiến (18)</h3><textarea placeholder="Ý kiến của bạn"></textarea>
<div class="comment_item"><p class="full_content"><b>Lê Quang</b> Nên có thêm tuyến đi khu Phú Lộc vào ca đêm cho công nhân.</p>
<span class="time-com">2h trước</span></div></div></div>
<div class="sidebar-2"><h3>Tin cùng chuyên mục</h3><ul>${links(eSame)}</ul></div></div></section>
<footer class="footer"><p>Báo điện tử TinNhanh. Giấy phép số 999/GP-BTTTT (giả định).</p><p>© Bản quyền thuộc về TinNhanh.</p></footer></body></html>`;
export const viNews: TestPage = {
  name: 'heldout252-vnexpress-style-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([eDesc, ...eP]),
  bylines: ['Thứ tư, 4/3/2026, 08:15 (GMT+7)', 'Minh Châu'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TinNhanh', 'Thứ tư, 4/3/2026', 'Đăng nhập', ...eNav, 'Xe buýt điện chạy thử trên tuyến Tây Hà - trung tâm. Ảnh: Minh Châu', 'Xem thêm',
    'Hải Lâm đặt mục tiêu 100% xe buýt điện vào năm 2030', 'Tags', 'Thích', 'Chia sẻ', 'Facebook',
    'Sao chép liên kết', 'Ý kiến (18)', 'Lê Quang', 'Nên có thêm tuyến đi khu Phú Lộc vào ca đêm cho công nhân.', '2h trước', 'Tin cùng chuyên mục',
    ...eSame, 'Báo điện tử TinNhanh. Giấy phép số 999/GP-BTTTT (giả định).', '© Bản quyền thuộc về TinNhanh.',
  ],
};
