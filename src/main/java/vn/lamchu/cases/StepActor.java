package vn.lamchu.cases;

import java.util.UUID;

import vn.lamchu.shared.Actor;

/** Who takes a step: a staff member, a citizen on the portal ({@code public}) or a background job ({@code system}). */
public record StepActor(UUID accountId, String username, String displayName) {

    public static final StepActor PUBLIC = new StepActor(null, "public", null);
    public static final StepActor SYSTEM = new StepActor(null, "system", null);

    public static StepActor of(Actor actor) {
        return new StepActor(actor.accountId(), actor.username(), actor.displayName());
    }
}
