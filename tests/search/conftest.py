"""Fixtures for the search tests: editions written for this project, built from the model."""

from __future__ import annotations

import pytest
from search_editions import article, edition_of

from parser.model import Edition, Photo


@pytest.fixture
def town_edition() -> Edition:
    """Three pages of invented local news with every field the index reads."""
    return edition_of(
        article(
            "p1-1",
            kicker="聚焦文旅融合",
            title="我县开通八条乡村旅游专线",
            subtitle="游客可从车站直达景区",
            byline="本报讯（记者 周明远）",
            reporters=("周明远",),
            paragraphs=(
                "为方便游客出行，县文旅局近日开通八条乡村旅游专线，覆盖全县主要景区。",
                "专线沿途经过桑园古镇、龙泉湿地公园和青石峡，终点设在白鹭湖。",
            ),
            photos=(Photo("游客在车站乘坐旅游专线。", "本报记者 孙立摄", ("孙立",), 0),),
        ),
        article(
            "p1-2",
            title="县委书记方重山调研重点项目建设",
            byline="本报讯（记者 周明远 实习生 韩晓）",
            paragraphs=(
                "5月3日，县委书记方重山深入开发区，调研重点项目建设情况。",
                "方重山强调，要重视安全生产，确保项目按期投产。",
            ),
        ),
        article(
            "p2-1",
            column="奋进新征程 建功新时代",
            title="“專精特新”企业增至２０家",
            paragraphs=("今年我县新增“专精特新”企业5家，总数达到20家，ABC公司名列其中。",),
        ),
        article(
            "p2-2",
            kind="photo",
            photos=(Photo("白鹭湖畔，市民在湿地公园散步。", "本报记者 孙立摄", ("孙立",)),),
        ),
        article(
            "p3-1",
            title="重阳节敬老活动举行",
            paragraphs=("重阳节当天，志愿者走进敬老院，为老人送去慰问品。旅游专线也为老人免费。",),
        ),
    )
