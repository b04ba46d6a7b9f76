package id.alursop.engine;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A request refused by one of our rules inside the engine's command, with a message already in
 * Indonesian that names what was wrong: answered 400 with that message as it is (the engine's own
 * refusals, in English, get an Indonesian lead).
 */
public class PenolakanAlur extends BadUserRequestException {

  private static final long serialVersionUID = 1L;

  public PenolakanAlur(String pesan) {
    super(pesan);
  }
}
