"""A small edition built straight from the model (own text), so reader tests need no parser."""

from __future__ import annotations

from parser.model import Edition, Entity, Item, Link, Mention, Page, Photo

LEAD_TITLE = "北岭市召开全市营商环境建设推进会"
LEAD_BODY = (
    "会议指出，优化营商环境是推动高质量发展的重要抓手。全市上下要坚持问题导向，"
    "聚焦企业群众反映强烈的突出问题，以刀刃向内的决心推进改革，切实把各项举措落到实处，"
    "让市场主体在北岭安心经营、放心投资、专心创业。"
)
CONTINUATION_BODY = (
    "会议要求，各级各部门要进一步强化责任担当，完善工作机制，加强督促检查，"
    "确保营商环境建设各项任务按期完成，为建设现代化北岭提供有力支撑。"
)


def _filler(n: int, seed: str) -> str:
    return "".join(f"{seed}第{i}项工作稳步推进，群众满意度不断提升。" for i in range(n))


def make_edition(extra_pages: int = 0, *, long_pieces: bool = False) -> Edition:
    """Pages 1–3 (a story continued from p1 to p3, a jump to absent page 8), plus fillers.

    Filler pages hold six pieces each: ~1,100 characters, or ~3,300 with ``long_pieces``.
    """
    per_paragraph = 24 if long_pieces else 8
    lead = Item(
        id="p1-1",
        kind="article",
        page=1,
        kicker="凝心聚力优环境",
        title=LEAD_TITLE,
        subtitle="市委书记周明远出席并讲话",
        byline="本报讯（记者 林晓 王海峰）",
        dateline="本报讯",
        reporters=("林晓", "王海峰"),
        paragraphs=(
            "5月17日，北岭市召开全市营商环境建设推进会。市委书记周明远出席会议并讲话，"
            "市委副书记、市长陈立新主持会议。",
            LEAD_BODY,
            "周明远强调，" + _filler(6, "北岭高新区"),
        ),
        photos=(Photo("会议现场。", "本报记者 赵一鸣摄", ("赵一鸣",), after_paragraph=0),),
        continued_to=Link(3, "p3-1", "（下转第三版）"),
    )
    banner = Item(id="p1-2", kind="banner", page=1, column="奋进新时代 建功新北岭")
    photo = Item(
        id="p1-3",
        kind="photo",
        page=1,
        photos=(Photo("5月16日，游客在北岭湖畔游览。", "刘青 摄", ("刘青",)),),
    )
    markup = Item(
        id="p1-4",
        kind="article",
        page=1,
        title="[bold]不是标记[/bold]的标题",
        paragraphs=("正文里有[red]方括号[/red]和\x1b[31m转义序列\x1b[0m，都应原样显示。",),
        continued_to=Link(8, None, "（下转第八版）"),
    )
    p2 = Item(
        id="p2-1",
        kind="article",
        page=2,
        title="北岭高新区一季度经济运行稳中向好",
        byline="本报讯（通讯员 孙莉）",
        reporters=("孙莉",),
        paragraphs=(_filler(5, "高新区"), "园区企业数量持续增长。"),
    )
    notice = Item(
        id="p2-2",
        kind="notice",
        page=2,
        title="征集启事",
        paragraphs=("联系电话：０３５２－１２３４５６７，邮箱：news@beiling.example.cn。",),
    )
    cont = Item(
        id="p3-1",
        kind="article",
        page=3,
        title=LEAD_TITLE,
        paragraphs=(CONTINUATION_BODY, _filler(4, "续")),
        continued_from=Link(1, "p1-1", "（上接第一版）"),
    )
    other = Item(
        id="p3-2",
        kind="brief",
        page=3,
        title="北岭湖公园开展志愿服务活动",
        paragraphs=("近日，志愿者在北岭湖公园开展环境清洁活动。",),
    )
    pages = [
        Page(1, "要闻", (lead, banner, photo, markup)),
        Page(2, "经济", (p2, notice)),
        Page(3, "城市", (cont, other)),
    ]
    for n in range(4, 4 + extra_pages):
        items = tuple(
            Item(
                id=f"p{n}-{k}",
                kind="article",
                page=n,
                title=f"第{n}版第{k}篇稿件标题",
                byline="本报讯（记者 林晓）",
                paragraphs=tuple(_filler(per_paragraph, f"第{n}版") for _ in range(6)),
            )
            for k in range(1, 7)
        )
        pages.append(Page(n, "综合", items))
    return Edition("北岭日报", "2024-05-18", "第12345号", tuple(pages))


def make_entities() -> tuple[Entity, ...]:
    """Entities for the small edition, offsets computed from the text itself."""
    edition = make_edition()
    lead = edition.item("p1-1")
    assert lead is not None
    first = lead.paragraphs[0]

    def at(text: str, name: str, item: str, paragraph: int) -> Mention:
        start = text.index(name)
        return Mention(item, paragraph, start, start + len(name))

    return (
        Entity(
            "周明远",
            "person",
            ("市委书记",),
            (at(first, "周明远", "p1-1", 0), at(lead.paragraphs[2], "周明远", "p1-1", 2)),
        ),
        Entity("陈立新", "person", ("市委副书记", "市长"), (at(first, "陈立新", "p1-1", 0),)),
        Entity(
            "北岭市",
            "place",
            (),
            (
                at(first, "北岭市", "p1-1", 0),
                at(LEAD_TITLE, "北岭市", "p1-1", -1),
                at(LEAD_TITLE, "北岭市", "p3-1", -1),
            ),
        ),
    )
