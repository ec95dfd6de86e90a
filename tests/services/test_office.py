"""The office summary the desktop client shows."""

from mediator.services import office as office_info


def test_summary_names_the_office(office):
    summary = office_info.office_summary(office.ws)
    assert summary["name"] == "旧城镇劳动争议调解委员会"
    assert summary["code"] == "JC01"
