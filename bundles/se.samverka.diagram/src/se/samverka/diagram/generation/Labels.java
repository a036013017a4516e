package se.samverka.diagram.generation;

import se.samverka.model.Body;
import se.samverka.model.Chair;
import se.samverka.model.Frequency;
import se.samverka.model.NamedElement;
import se.samverka.model.Organisation;
import se.samverka.model.derived.Titles;

/** The words a diagram shows: titles before names, meetings and chairs in Swedish. */
public final class Labels {
	private Labels() {
	}

	public static String of(NamedElement element) {
		String title = Titles.of(element);
		return title != null ? title : element.getName();
	}

	/** When a body meets: "sammanträder vid behov", "2 gånger per år". */
	public static String meetings(Frequency frequency) {
		if (frequency != null && (frequency.isContinuous() || frequency.isAsNeeded())) {
			return "sammanträder " + often(frequency);
		}
		return often(frequency);
	}

	/** How often: "kontinuerligt", "vid behov", "minst 2 gånger per år". */
	public static String often(Frequency frequency) {
		if (frequency == null) {
			return null;
		}
		if (frequency.isContinuous()) {
			return "kontinuerligt";
		}
		if (frequency.isAsNeeded()) {
			return "vid behov";
		}
		String per = switch (frequency.getPer()) {
		case YEAR -> "år";
		case HALF_YEAR -> "halvår";
		case QUARTER -> "kvartal";
		case MONTH -> "månad";
		case WEEK -> "vecka";
		};
		return (frequency.isAtLeast() ? "minst " : "") + frequency.getTimes()
				+ (frequency.getTimes() == 1 ? " gång" : " gånger") + " per " + per;
	}

	public static String chair(Body body) {
		Chair chair = body.getChair();
		if (chair == null) {
			return null;
		}
		if (!chair.getRotatesBetween().isEmpty()) {
			String parties = String.join(" / ", chair.getRotatesBetween().stream().map(Organisation::getName).toList());
			return "ordförande roterar " + parties + (chair.getTermYears() > 0 ? ", " + chair.getTermYears() + " år" : "");
		}
		if (chair.getAppointedBy() != null) {
			return "ordförande utses av " + of(chair.getAppointedBy());
		}
		return chair.getRole() == null ? null : "ordförande: " + of(chair.getRole());
	}
}
