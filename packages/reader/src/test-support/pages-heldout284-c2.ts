import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout284-kit.js';

/**
 * Held-out batch 284, file c2: a Korean portal news article on the Naver News template (the portal's GNB with the service
 * menu, the press logo, the h2#title_area headline, 입력 / 수정 datestamps, journalist button, the media_end_head_info_variety
 * tools (comments count, reactions, 요약봇, 본문 듣기, text size, share), the #dic_area body written as text with <br><br>
 * between paragraphs and a media_end_summary block, the photo with its caption, the byline paragraph and copyright line,
 * reactions, "언론사 주요뉴스" and "많이 본 뉴스" rails, the comment box and the footer).
 */
const krTitle = '한빛시, 폐교 세 곳 청년 창업공간으로 바꾼다…내년 3월 개관';
const krSummary = ['폐교 부지 활용해 창업 사무실 120실 조성', '입주 기업 임대료 2년간 무료'];
const krParas = [
  j(
    '한빛시가 학생 수 감소로 문을 닫은 초등학교 세 곳을 청년 창업공간으로 바꾼다. 시는 총사업비 94억 원을 들여 옛 송림초, 덕산초,',
    '미루초 건물을 리모델링하고 내년 3월 문을 연다고 12일 밝혔다.',
  ),
  j(
    '새 공간에는 창업 사무실 120실과 공유 작업실, 시제품 제작실, 회의실이 들어선다. 운동장 일부는 주민이 함께 쓰는 주차장과',
    '작은 공원으로 꾸민다. 시는 입주 기업에 2년 동안 임대료를 받지 않고, 경영 상담과 투자 연결 프로그램도 함께 제공할 계획이다.',
  ),
  j(
    '입주 대상은 창업 7년 이내의 만 39세 이하 청년 기업이다. 시는 오는 9월 첫 입주 기업 모집 공고를 내고, 서류와 발표 심사를',
    '거쳐 11월에 최종 선정한다. 지역 특산물과 관련된 식품·농업 분야 기업에는 가산점을 준다.',
  ),
  j(
    '폐교 활용은 그동안 지역의 오랜 고민이었다. 한빛시에서는 최근 10년 사이 초등학교 여섯 곳이 문을 닫았고, 이 가운데 네 곳은',
    '별다른 쓰임 없이 비어 있었다. 건물이 낡으면서 안전 문제와 관리 비용에 대한 주민 불만도 커졌다.',
  ),
  j(
    '송림초 인근에 사는 주민 박정애(67) 씨는 "아이들 소리가 사라진 뒤로 동네가 너무 조용해졌다"며 "젊은 사람들이 다시 드나들면',
    '상가에도 활기가 돌 것 같다"고 말했다.',
  ),
  j(
    '다만 교통이 불편하다는 지적도 나온다. 세 곳 모두 시내 중심가에서 버스로 30분 이상 걸리고, 배차 간격도 길다. 시는 개관에',
    '맞춰 창업공간과 한빛역을 잇는 순환버스를 하루 20회 운행하는 방안을 검토하고 있다.',
  ),
  j(
    '한빛시 관계자는 "단순히 사무실을 빌려주는 데 그치지 않고 주민과 청년이 함께 쓰는 공간으로 만들겠다"며 "성과를 보고',
    '남은 폐교 한 곳에도 같은 방식을 적용할 수 있을지 검토하겠다"고 말했다.',
  ),
];
const krHot = ['한빛역 앞 지하차도 다음 달 개통', '시립도서관 야간 개관 1년…이용자 두 배로', '한빛FC, 홈 개막전 역전승'];
const krMost = ['주말 전국 비 소식…기온 뚝 떨어져', '고속도로 휴게소 음식값 비교해 보니', '전기요금 고지서 이렇게 바뀐다', '봄철 산불 주의보 발령'];
const krCmt = '폐교가 이렇게라도 쓰이면 좋겠네요. 순환버스는 꼭 생겼으면 합니다.';
const krHtml = `<!DOCTYPE html>
<html lang="ko" data-useragent="pc"><head><meta charset="utf-8"><title>${krTitle} : 네이버 뉴스</title>
<meta property="og:title" content="${krTitle}"><meta property="og:type" content="article"><meta property="og:article:author" content="한빛일보 | 네이버">
<meta name="twitter:creator" content="한빛일보"><link rel="canonical" href="https://n.news.naver.com/article/931/0000142210">
<script type="text/javascript">var g_ssc = "news.article"; window.__NEWS_END_CONFIG__ = {"officeId":"931","articleId":"0000142210","isComment":true};</script>
<link rel="stylesheet" type="text/css" href="https://ssl.pstatic.example/static.news/pc/css/end.css"></head>
<body><div class="u_skip"><a href="#ct">본문 바로가기</a></div>
<div id="wrap" class="end_container"><header class="Ngnb"><div class="Ngnb_inner"><h1 class="Nlogo"><a href="https://www.naver.com" class="Nlogo_link">
<span class="Nicon_service">NAVER</span></a><a href="https://news.naver.com" class="Nlogo_link">뉴스</a></h1>
<div class="Ngnb_tool"><a href="#" class="Ntool_button">로그인</a></div></div>
<div class="Nlnb"><ul class="Nlnb_menu_list"><li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">언론사별</span></a></li>
<li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">정치</span></a></li>
<li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">경제</span></a></li>
<li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">사회</span></a></li>
<li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">생활/문화</span></a></li>
<li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">IT/과학</span></a></li>
<li class="Nlist_item"><a class="Nitem_link" href="#"><span class="Nitem_link_menu">랭킹</span></a></li></ul></div></header>
<div id="ct_wrap" class="ct_wrap"><div class="ct_scroll_wrapper"><div class="newsct_wrapper _GRID_TEMPLATE_COLUMN _STICKY_CONTENT">
<div id="ct" class="newsct" role="main"><div class="media_end_head go_trans"><div class="media_end_head_top">
<a href="https://media.naver.com/press/931" class="media_end_head_top_logo"><img class="media_end_head_top_logo_img" alt="한빛일보"></a>
<a href="#" class="media_end_head_top_channel_layer_text">구독</a></div>
<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>${krTitle}</span></h2></div>
<div class="media_end_head_info nv_notrans"><div class="media_end_head_journalist"><button type="button" class="media_end_head_journalist_box">
<em class="media_end_head_journalist_name">윤하늘 기자</em></button></div>
<div class="media_end_head_info_datestamp"><div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span>
<span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2026-03-12 10:21:03">2026.03.12. 오전 10:21</span></div>
<div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span>
<span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="2026-03-12 11:05:40">2026.03.12. 오전 11:05</span></div>
<a href="https://www.hanbit-ilbo.example/news/142210" class="media_end_head_origin_link">기사원문</a></div>
<div class="media_end_head_info_variety"><div class="media_end_head_info_variety_left"><a href="#comment" class="media_end_head_cmtcount_button">
<span class="u_cbox_count">댓글 12</span></a><span class="u_likeit_text _count">공감 38</span></div>
<div class="media_end_head_info_variety_right"><a href="#" class="media_end_head_autosummary_button">요약봇</a>
<a href="#" class="media_end_head_tts">본문 듣기</a><a href="#" class="media_end_head_fontsize">글자 크기 변경하기</a>
<a href="#" class="media_end_head_share">공유하기</a></div></div></div></div>
<div id="contents" class="newsct_body"><div id="newsct_article" class="newsct_article _article_body">
<article id="dic_area" class="go_trans _article_content" style="-webkit-tap-highlight-color: rgba(0,0,0,0)">
<strong class="media_end_summary">${krSummary.join('<br>')}</strong><br><br>
<span class="end_photo_org"><div class="nbd_im_w _LAZY_LOADING_WRAP"><div class="nbd_a _LAZY_LOADING_ERROR_HIDE" id="img_a1">
<img id="img1" src="https://imgnews.pstatic.example/image/931/2026/03/12/0000142210_001.jpg" alt="" class="_LAZY_LOADING"></div></div>
<em class="img_desc">옛 송림초등학교 전경. 한빛시 제공</em></span><br><br>
${krParas.join('<br><br>\n')}<br><br>
</article></div>
<div class="byline"><p class="byline_p"><span class="byline_s">윤하늘 기자 (sky@hanbit-ilbo.example)</span></p></div>
<p class="c_text">Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.</p>
<p class="source"><span class="source_text">기사 섹션 분류 가이드</span></p>
<div class="media_end_linked"><div class="media_end_linked_title"><span class="media_end_linked_title_text">한빛일보 주요뉴스</span>
<span class="media_end_linked_title_desc">해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.</span></div>
<ul class="media_end_linked_list">${krHot
  .map(
    (t) => `<li class="media_end_linked_item"><a href="#">
<strong class="media_end_linked_item_title">${t}</strong></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="_reactionModule u_likeit"><span class="u_likeit_text">이 기사를 추천합니다</span></div>
<div id="cbox_module" class="u_cbox"><h5 class="u_cbox_title">댓글</h5><ul class="u_cbox_list"><li class="u_cbox_comment">
<span class="u_cbox_nick">mirae****</span><span class="u_cbox_contents">${krCmt}</span><span class="u_cbox_date">2026.03.12. 11:40</span></li></ul>
<a class="u_cbox_btn_view_comment" href="#">댓글 전체 보기</a></div></div></div>
<aside class="newsct_aside"><div class="ranking_news"><h4 class="ranking_news_title">많이 본 뉴스</h4>
<ul>${krMost.map((t) => `<li class="as_rank_item"><a href="#">${t}</a></li>`).join('\n')}</ul></div></aside></div></div></div>
<footer class="Nfooter"><ul class="Nfooter_list"><li><a href="#">이용약관</a></li><li><a href="#">개인정보처리방침</a></li><li><a href="#">뉴스 고객센터</a></li></ul>
<p class="Nfooter_notice">각 기사의 저작권은 해당 언론사에 있습니다.</p></footer></div>
<script type="text/javascript" src="https://ssl.pstatic.example/static.news/pc/js/end.js"></script></body></html>`;
export const krNaver: TestPage = {
  name: 'heldout284-naver-news-portal-news',
  kind: 'news',
  html: krHtml,
  title: krTitle,
  headings: [],
  body: texts([...krSummary, ...krParas]),
  bylines: ['윤하늘 기자', '2026.03.12. 오전 10:21', '2026.03.12. 오전 11:05', '윤하늘 기자 (sky@hanbit-ilbo.example)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '본문 바로가기', 'NAVER', '로그인', '언론사별', '생활/문화', 'IT/과학', '기사원문', '댓글 12',
    '공감 38', '요약봇', '본문 듣기', '글자 크기 변경하기', '공유하기', '옛 송림초등학교 전경. 한빛시 제공', 'Copyright ⓒ 한빛일보. All rights reserved. 무단 전재 및 재배포 금지.',
    '기사 섹션 분류 가이드', '한빛일보 주요뉴스', '해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.', ...krHot, '이 기사를 추천합니다',
    'mirae****', krCmt, '2026.03.12. 11:40', '댓글 전체 보기', '많이 본 뉴스', ...krMost, '이용약관', '개인정보처리방침', '뉴스 고객센터',
    '각 기사의 저작권은 해당 언론사에 있습니다.',
  ],
};
