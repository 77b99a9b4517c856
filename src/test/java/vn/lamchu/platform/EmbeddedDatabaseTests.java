package vn.lamchu.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.lamchu.platform.EmbeddedDatabase.EmbeddedDatabaseException;

class EmbeddedDatabaseTests {

    @Test
    void refusesToRunAsTheRootUserName() {
        assertThatThrownBy(() -> EmbeddedDatabase.refuseRoot("root", Optional.empty()))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("không chạy dưới quyền root")
                .hasMessageContaining("PostgreSQL refuses to run as root")
                .hasMessageContaining("LAMCHU_DB_URL");
    }

    @Test
    void refusesUidZeroWhateverTheUserIsCalled() {
        assertThatThrownBy(() -> EmbeddedDatabase.refuseRoot("builder", Optional.of(0L)))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("root");
    }

    @Test
    void acceptsAnOrdinaryUser() {
        assertThatCode(() -> EmbeddedDatabase.refuseRoot("builder", Optional.of(1000L))).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedDatabase.refuseRoot("builder", Optional.empty())).doesNotThrowAnyException();
    }
}
