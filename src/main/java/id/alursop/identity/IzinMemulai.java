package id.alursop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may start an SOP is in its model: Camunda's {@code camunda:candidateStarterGroups} on the
 * process. For a process key, the groups its latest versions name (each only within its
 * version's agency) get READ and CREATE_INSTANCE on the definition and CREATE on process
 * instances; any other group loses CREATE_INSTANCE on it, so nobody else can start it
 * (administrators keep theirs). Applied at every start-up and to every deployment of the
 * modeler.
 */
@Component
public class IzinMemulai {

  private static final Logger LOG = LoggerFactory.getLogger(IzinMemulai.class);

  private final RepositoryService repository;
  private final IdentityService identity;
  private final AuthorizationService authorization;

  public IzinMemulai(RepositoryService repository, IdentityService identity, AuthorizationService authorization) {
    this.repository = repository;
    this.identity = identity;
    this.authorization = authorization;
  }

  /** Every deployed process. */
  public void selaraskanSemua() {
    repository.createProcessDefinitionQuery().latestVersion().unlimitedList().stream().map(ProcessDefinition::getKey)
        .distinct().forEach(this::selaraskan);
  }

  /** The start permissions of one process key, as its latest versions' models name them. */
  public void selaraskan(String key) {
    Set<String> pemulai = new LinkedHashSet<>();
    for (ProcessDefinition definisi : repository.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().unlimitedList()) {
      for (IdentityLink link : repository.getIdentityLinksForProcessDefinition(definisi.getId())) {
        String grup = link.getGroupId();
        if (grup == null || !IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (definisi.getTenantId() == null
            || identity.createTenantQuery().tenantId(definisi.getTenantId()).groupMember(grup).count() > 0) {
          pemulai.add(grup);
        } else {
          LOG.warn("Process {} of agency {} names starter group {}, which is not one of that agency's; ignored", key,
              definisi.getTenantId(), grup);
        }
      }
    }
    for (String grup : pemulai) {
      IdentitySetup.grant(authorization, grup, Resources.PROCESS_DEFINITION, key, Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      IdentitySetup.grant(authorization, grup, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    List<Authorization> lain = authorization.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(key).unlimitedList();
    for (Authorization auth : lain) {
      if (auth.getAuthorizationType() == AUTH_TYPE_GRANT && auth.getGroupId() != null
          && !Groups.CAMUNDA_ADMIN.equals(auth.getGroupId()) && !pemulai.contains(auth.getGroupId())
          && auth.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)) {
        auth.removePermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorization.saveAuthorization(auth);
        LOG.info("Group {} may no longer start {}: its model does not name it", auth.getGroupId(), key);
      }
    }
  }
}
